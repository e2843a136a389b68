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
import { pyFloatFromText, pyIntFromText } from '../value/numbers.js';

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
  /** Values must be Python floats (argparse `type=float`). */
  readonly float?: boolean;
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
  /** Skips the check for missing required options (aws-cli's, when the input comes from elsewhere). */
  readonly ignoreRequired?: boolean;
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
  // argparse classifies every token first ('O' option, 'A' argument, '-' the
  // first `--`, after which everything is 'A'), so an ambiguous prefix
  // anywhere is reported before anything is consumed.
  const pattern: string[] = [];
  const matches = new Map<number, Match>();
  const dashDash = args.indexOf('--');
  args.forEach((token, i) => {
    if (dashDash >= 0 && i > dashDash) pattern.push('A');
    else if (i === dashDash) pattern.push('-');
    else {
      const match = classify(options, token);
      if (match) matches.set(i, match);
      pattern.push(match ? 'O' : 'A');
    }
  });

  const values = new Map<string, ParsedValue>();
  const seen = new Set<OptionSpec>();
  const extras: string[] = [];
  let positional: string | undefined;
  let positionalPending = spec.positional !== undefined;

  const takeValue = (option: OptionSpec, value: string): void => {
    if (option.int && pyIntFromText(value) === undefined) {
      throw new UsageError(`argument ${option.name}: invalid int value: ${strRepr(value)}`);
    }
    if (option.float && pyFloatFromText(value) === undefined) {
      throw new UsageError(`argument ${option.name}: invalid float value: ${strRepr(value)}`);
    }
    if (option.choices && !option.choices.includes(value)) throw invalidChoice(option.name, value, option.choices);
    values.set(option.dest, value);
  };

  /** argparse's `nargs='?'` positional: `-*A?-*` at `start`; the `--` it swallows is dropped. */
  const consumePositional = (start: number): number => {
    if (!positionalPending) return start;
    positionalPending = false;
    let end = start;
    while (pattern[end] === '-') end++;
    if (pattern[end] === 'A') end++;
    while (pattern[end] === '-') end++;
    const taken = args.slice(start, end);
    const dd = taken.indexOf('--');
    if (dd >= 0) taken.splice(dd, 1);
    if (taken.length > 0) {
      const { dest, choices } = spec.positional!;
      if (choices && !choices.includes(taken[0]!)) throw invalidChoice(dest, taken[0]!, choices);
      positional = taken[0];
    }
    return end;
  };

  /** Whether token `i` can be an option's value (DESIGN.md §5 lets unknown dash-leading tokens be one). */
  const valueAt = (i: number): boolean => {
    if (pattern[i] === 'A') return true;
    const match = matches.get(i);
    return pattern[i] === 'O' && match?.option === undefined && !(spec.foreignOption?.(args[i]!) ?? false);
  };

  const consumeOptional = (i: number): number => {
    const { option, explicit } = matches.get(i)!;
    if (option === undefined) {
      extras.push(args[i]!);
      return i + 1;
    }
    seen.add(option);
    let next = i + 1;
    switch (option.arity) {
      case 'flag':
        if (explicit !== undefined) throw new UsageError(`argument ${option.name}: ignored explicit argument '${explicit}'`);
        values.set(option.dest, option.flagValue ?? true);
        break;
      case 'value':
        if (explicit !== undefined) takeValue(option, explicit);
        else if (valueAt(next)) takeValue(option, args[next++]!);
        else throw new UsageError(`argument ${option.name}: expected one argument`);
        break;
      case 'optional':
        if (explicit !== undefined) takeValue(option, explicit);
        else if (pattern[next] === 'A') takeValue(option, args[next++]!);
        else takeValue(option, option.const ?? '');
        break;
      case 'list': {
        const items: string[] = explicit !== undefined ? [explicit] : [];
        while (explicit === undefined && pattern[next] === 'A') items.push(args[next++]!);
        for (const item of items) {
          if (option.choices && !option.choices.includes(item)) throw invalidChoice(option.name, item, option.choices);
        }
        values.set(option.dest, items);
        break;
      }
    }
    return next;
  };

  const optionIndices = [...matches.keys()];
  const lastOption = optionIndices.length > 0 ? Math.max(...optionIndices) : -1;
  let i = 0;
  while (i <= lastOption) {
    const nextOption = Math.min(...optionIndices.filter((index) => index >= i));
    if (i !== nextOption) {
      const end = consumePositional(i);
      if (end > i) {
        i = end;
        continue;
      }
    }
    if (!matches.has(i)) {
      extras.push(...args.slice(i, nextOption));
      i = nextOption;
    }
    // An unknown option may have been taken as a value (DESIGN.md §5).
    if (i > lastOption) break;
    const option = matches.get(i)!.option;
    i = consumeOptional(i);
    if (option?.terminal) return { values, positional, extras, terminal: option };
  }
  extras.push(...args.slice(consumePositional(i)));

  const missing = spec.ignoreRequired ? [] : options.filter((o) => o.required && !seen.has(o)).map((o) => o.name);
  if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  return { values, positional, extras, terminal: undefined };
}
