/**
 * The parts of Python's argparse (3.11) that aws-cli's behaviour depends on:
 * `--opt value` and `--opt=value`, unambiguous prefixes, "ambiguous option"
 * errors, the last occurrence winning, store-true flags, `nargs='?'` with a
 * const, `nargs='+'` lists, choices, `--`, and the order in which argparse
 * reports problems. Everything it does not recognise is returned as extras,
 * in order, exactly as `parse_known_args` returns them.
 *
 * One deliberate difference (DESIGN.md §5): where argparse refuses a value
 * that starts with `-` ("expected one argument"), we take it as the value
 * whenever it is not itself an option we know.
 */
import { closeMatches } from './close-matches.js';
import { UsageError } from '../errors.js';
import { strRepr } from '../value/repr.js';

export interface OptionSpec {
  /** The option as typed, e.g. `--secret-id`. */
  readonly name: string;
  /** The key of the parsed value. */
  readonly dest: string;
  /**
   * `value`: exactly one argument; `flag`: none (stores `flagValue`);
   * `optional`: zero or one (zero stores `const`); `list`: zero or more
   * (aws-cli declares list parameters with `nargs='*'`).
   */
  readonly arity: 'value' | 'flag' | 'optional' | 'list';
  readonly flagValue?: boolean;
  readonly const?: string;
  readonly choices?: readonly string[];
  readonly required?: boolean;
  /** Stops parsing when seen (argparse's `version` action). */
  readonly terminal?: boolean;
  /** Values must be Python ints (argparse `type=int`). */
  readonly int?: boolean;
}

export interface ParserSpec {
  readonly options: readonly OptionSpec[];
  /** One optional positional (argparse `nargs='?'`), e.g. aws-cli's `help` word. */
  readonly positional?: { readonly dest: string; readonly choices?: readonly string[] };
  /**
   * Tokens that belong to another parser: never taken as a dash-leading
   * value here, so `--endpoint-url --secret-id x` still fails as in aws-cli.
   */
  readonly foreignOption?: (token: string) => boolean;
}

export type ParsedValue = string | boolean | string[];

export interface ParseResult {
  values: Map<string, ParsedValue>;
  positional: string | undefined;
  extras: string[];
  /** The option that ended parsing (`--version`), if any. */
  terminal: OptionSpec | undefined;
}

interface Match {
  option: OptionSpec | undefined;
  explicit: string | undefined;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** argparse's `_parse_optional`: undefined for a positional token. */
function classify(options: readonly OptionSpec[], token: string): Match | undefined {
  if (!token.startsWith('-')) return undefined;
  const exact = options.find((o) => o.name === token);
  if (exact) return { option: exact, explicit: undefined };
  if (token.length === 1) return undefined;
  const eq = token.indexOf('=');
  if (eq >= 0) {
    const named = options.find((o) => o.name === token.slice(0, eq));
    if (named) return { option: named, explicit: token.slice(eq + 1) };
  }
  const candidates = prefixMatches(options, token);
  if (candidates.length > 1) {
    throw new UsageError(`ambiguous option: ${token} could match ${candidates.map((c) => c.option.name).join(', ')}`);
  }
  if (candidates.length === 1) return candidates[0];
  if (NEGATIVE_NUMBER.test(token) || token.includes(' ')) return undefined;
  return { option: undefined, explicit: undefined };
}

function prefixMatches(options: readonly OptionSpec[], token: string): { option: OptionSpec; explicit: string | undefined }[] {
  // Single-dash tokens only ever match options that start with them; all of
  // ours start with `--`, so they match nothing unless they are `--...`.
  let prefix = token;
  let explicit: string | undefined;
  if (token.startsWith('--')) {
    const eq = token.indexOf('=');
    if (eq >= 0) {
      prefix = token.slice(0, eq);
      explicit = token.slice(eq + 1);
    }
  }
  return options.filter((o) => o.name.startsWith(prefix)).map((option) => ({ option, explicit }));
}

/** True when `token` names one of `options` (exactly, by prefix or as `--x=`). */
export function isKnownOption(options: readonly OptionSpec[], token: string): boolean {
  try {
    return classify(options, token)?.option !== undefined;
  } catch {
    return true; // ambiguous: still an option
  }
}

export function invalidChoice(option: string, value: string, choices: readonly string[]): UsageError {
  const matches = closeMatches(value, choices);
  const hint = matches.length > 0 ? `\nMaybe you meant:\n\n${matches.map((m) => `  * ${m}`).join('\n')}` : '';
  return new UsageError(`argument ${option}: Found invalid choice '${value}'\n${hint}`);
}

export function parseKnownArgs(spec: ParserSpec, args: readonly string[]): ParseResult {
  const { options } = spec;
  // Classify every token first: argparse reports an ambiguous prefix
  // anywhere before it consumes anything.
  const matches: (Match | undefined)[] = [];
  let afterDashDash = false;
  for (const token of args) {
    if (afterDashDash) matches.push(undefined);
    else if (token === '--') {
      afterDashDash = true;
      matches.push(undefined);
    } else matches.push(classify(options, token));
  }

  const values = new Map<string, ParsedValue>();
  const seen = new Set<OptionSpec>();
  const extras: string[] = [];
  let positional: string | undefined;
  let positionalTaken = false;

  const isValueToken = (i: number): boolean => {
    if (i >= args.length) return false;
    const match = matches[i];
    if (match === undefined) return args[i] !== '--';
    // DESIGN.md §5: an unknown dash-leading token is a value, not an option.
    return match.option === undefined && !(spec.foreignOption?.(args[i]!) ?? false);
  };
  const takeValue = (option: OptionSpec, value: string): void => {
    if (option.int && !/^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) {
      throw new UsageError(`argument ${option.name}: invalid int value: ${strRepr(value)}`);
    }
    if (option.choices && !option.choices.includes(value)) throw invalidChoice(option.name, value, option.choices);
    values.set(option.dest, value);
  };

  let i = 0;
  while (i < args.length) {
    const token = args[i]!;
    const match = matches[i];
    if (match === undefined) {
      if (token === '--' && !args.slice(0, i).includes('--')) {
        i++;
        continue;
      }
      if (spec.positional && !positionalTaken) {
        const { dest, choices } = spec.positional;
        if (choices && !choices.includes(token)) throw invalidChoice(dest, token, choices);
        positionalTaken = true;
        positional = token;
      } else extras.push(token);
      i++;
      continue;
    }
    const { option, explicit } = match;
    if (option === undefined) {
      extras.push(token);
      i++;
      continue;
    }
    seen.add(option);
    i++;
    switch (option.arity) {
      case 'flag':
        if (explicit !== undefined) throw new UsageError(`argument ${option.name}: ignored explicit argument '${explicit}'`);
        values.set(option.dest, option.flagValue ?? true);
        break;
      case 'value':
        if (explicit !== undefined) takeValue(option, explicit);
        else if (isValueToken(i)) takeValue(option, args[i++]!);
        else if (args[i] === '--' && i + 1 < args.length) {
          // `--opt -- -value`: argparse drops the `--` and takes what follows.
          takeValue(option, args[i + 1]!);
          i += 2;
        } else throw new UsageError(`argument ${option.name}: expected one argument`);
        break;
      case 'optional':
        if (explicit !== undefined) takeValue(option, explicit);
        else if (i < args.length && matches[i] === undefined && args[i] !== '--') takeValue(option, args[i++]!);
        else takeValue(option, option.const ?? '');
        break;
      case 'list': {
        const items: string[] = explicit !== undefined ? [explicit] : [];
        while (explicit === undefined && isValueToken(i)) items.push(args[i++]!);
        for (const item of items) {
          if (option.choices && !option.choices.includes(item)) throw invalidChoice(option.name, item, option.choices);
        }
        values.set(option.dest, items);
        break;
      }
    }
    if (option.terminal) return { values, positional, extras, terminal: option };
  }

  const missing = options.filter((o) => o.required && !seen.has(o)).map((o) => o.name);
  if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  return { values, positional, extras, terminal: undefined };
}
