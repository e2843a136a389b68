/**
 * The argparse emulation. Most expectations come from Python 3.11's
 * argparse itself (test/cli/fixtures.json, scripts/gen-cli-fixtures.py),
 * run over parsers declared like ours, with aws-cli 2.36.7's invalid-choice
 * text; the rest are hand-written, including the one deliberate difference
 * (DESIGN.md §5: a dash-leading value is accepted unless it names an option).
 */
import { describe, expect, it } from 'vitest';
import { invalidChoice, isKnownOption, parseKnownArgs, type OptionSpec, type ParserSpec } from '../../src/cli/argparse.js';
import { UsageError } from '../../src/errors.js';
import { fixtures, parserSpec, type ArgparseCase } from './fixtures.js';

type Outcome =
  | { values: Record<string, unknown>; positional: string | null; extras: string[] }
  | { values: Record<string, unknown>; positional: string | null; terminal: string }
  | { error: string };

function outcome(spec: ParserSpec, args: string[]): Outcome {
  try {
    const result = parseKnownArgs(spec, args);
    const values = Object.fromEntries(result.values);
    if (result.terminal) {
      // argparse's version action prints and exits without storing anything.
      delete values[result.terminal.dest];
      return { values, positional: result.positional ?? null, terminal: result.terminal.dest };
    }
    return { values, positional: result.positional ?? null, extras: result.extras };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { error: error.message };
  }
}

function expected(c: ArgparseCase): Outcome {
  const { parser: _parser, args: _args, ...rest } = c;
  return rest as Outcome;
}

const key = (c: { parser: string; args: string[] }): string => `${c.parser} ${JSON.stringify(c.args)}`;

describe('parseKnownArgs against Python argparse', () => {
  // `--` included: only the first one is special, options never take it as
  // a value, and only the positional may swallow it (aws-cli 2.9.19:
  // `--secret-id x -- foo --generate-cli-skeleton` reports
  // "Unknown options: --generate-cli-skeleton, foo").
  it.each(fixtures.argparse.map((c) => [key(c), c] as const))('parses %s as argparse does', (_name, c) => {
    expect(outcome(parserSpec(c.parser), c.args)).toEqual(expected(c));
  });
});

const UPDATE = parserSpec('update-secret');
const GLOBAL = parserSpec('global');
const MIXED = parserSpec('mixed');

function parse(spec: ParserSpec, args: string[]) {
  return parseKnownArgs(spec, args);
}

function errorOf(spec: ParserSpec, args: string[]): string {
  try {
    parseKnownArgs(spec, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`parsed without error: ${JSON.stringify(args)}`);
}

describe('option names', () => {
  it('accepts --opt value and --opt=value alike', () => {
    expect(parse(UPDATE, ['--secret-id', 'a']).values.get('SecretId')).toBe('a');
    expect(parse(UPDATE, ['--secret-id=a']).values.get('SecretId')).toBe('a');
  });

  it('keeps everything after the first = as the value, = included', () => {
    expect(parse(UPDATE, ['--secret-id=a=b=']).values.get('SecretId')).toBe('a=b=');
    expect(parse(UPDATE, ['--secret-id=']).values.get('SecretId')).toBe('');
  });

  it('accepts an unambiguous prefix of an option', () => {
    const { values } = parse(UPDATE, ['--secret-i', 'a', '--secret-str', 's', '--desc=d']);
    expect(Object.fromEntries(values)).toEqual({ SecretId: 'a', SecretString: 's', Description: 'd' });
  });

  it('takes an exact name over the longer options it is a prefix of', () => {
    const spec: ParserSpec = {
      options: [
        { name: '--tags', dest: 'tags', arity: 'value' },
        { name: '--tag', dest: 'tag', arity: 'value' },
      ],
    };
    expect(Object.fromEntries(parse(spec, ['--tag', 'x']).values)).toEqual({ tag: 'x' });
    expect(Object.fromEntries(parse(spec, ['--tag=x']).values)).toEqual({ tag: 'x' });
    expect(errorOf(spec, ['--ta', 'x'])).toBe('ambiguous option: --ta could match --tags, --tag');
  });

  it('reports an ambiguous prefix with every candidate in registration order', () => {
    expect(errorOf(UPDATE, ['--secret', 'x'])).toBe('ambiguous option: --secret could match --secret-id, --secret-binary, --secret-string');
    expect(errorOf(GLOBAL, ['--no'])).toBe(
      'ambiguous option: --no could match --no-verify-ssl, --no-paginate, --no-sign-request, --no-cli-pager, --no-cli-auto-prompt',
    );
  });

  it('quotes an ambiguous --prefix=value token whole', () => {
    expect(errorOf(UPDATE, ['--sec=b'])).toBe('ambiguous option: --sec=b could match --secret-id, --secret-binary, --secret-string');
  });

  it('treats option names as case-sensitive', () => {
    const result = parse(UPDATE, ['--secret-id', 'a', '--Secret-Id', 'b']);
    expect(result.values.get('SecretId')).toBe('a');
    expect([result.extras, result.positional]).toEqual([['--Secret-Id'], 'b']);
  });

  it('lets the last occurrence of an option win', () => {
    expect(parse(UPDATE, ['--secret-id', 'a', '--secret-i=b', '--secret-id', 'c']).values.get('SecretId')).toBe('c');
    expect(parse(GLOBAL, ['--no-cli-auto-prompt', '--cli-auto-prompt']).values.get('cli_auto_prompt')).toBe(true);
    expect(parse(GLOBAL, ['--cli-auto-prompt', '--no-cli-auto-prompt']).values.get('cli_auto_prompt')).toBe(false);
  });
});

describe('errors, in the order argparse finds them', () => {
  it('finds an ambiguous prefix anywhere before consuming anything', () => {
    // --output xml alone is an invalid choice, and --description alone lacks
    // its value, but argparse classifies every token first.
    expect(errorOf(GLOBAL, ['--output', 'xml', '--no'])).toMatch(/^ambiguous option: --no could match/);
    expect(errorOf(UPDATE, ['--description', '--secret'])).toMatch(/^ambiguous option: --secret could match/);
  });

  it('reports consumption errors left to right', () => {
    expect(errorOf(GLOBAL, ['--output', 'xml', '--region'])).toBe("argument --output: Found invalid choice 'xml'\n");
    expect(errorOf(GLOBAL, ['--region', '--output', 'xml'])).toBe('argument --region: expected one argument');
  });

  it('reports missing required options only after everything was consumed', () => {
    expect(errorOf(UPDATE, ['--description'])).toBe('argument --description: expected one argument');
    expect(errorOf(UPDATE, ['--generate-cli-skeleton', 'xml'])).toBe("argument --generate-cli-skeleton: Found invalid choice 'xml'\n");
    expect(errorOf(UPDATE, ['--bogus', 'x'])).toBe('the following arguments are required: --secret-id');
  });

  it('lists every missing required option in registration order', () => {
    expect(errorOf(MIXED, [])).toBe('the following arguments are required: --name, --count');
  });

  it('reports no missing required option with ignoreRequired, and still parses the rest', () => {
    const parsed = parse({ ...MIXED, ignoreRequired: true }, []);
    expect(parsed.values.size).toBe(0);
    expect(errorOf({ ...MIXED, ignoreRequired: true }, ['--name'])).toBe('argument --name: expected one argument');
  });

  it('raises UsageError, which carries the ParamValidation code and exit code 252', () => {
    let caught: unknown;
    try {
      parse(UPDATE, []);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).exitCode).toBe(252);
    expect((caught as UsageError).code).toBe('ParamValidation');
  });
});

describe('flags', () => {
  it('stores the flag value, true unless the option says otherwise', () => {
    expect(Object.fromEntries(parse(GLOBAL, ['--debug', '--no-verify-ssl', '--no-cli-pager']).values)).toEqual({
      debug: true,
      verify_ssl: false,
      no_cli_pager: true,
    });
  });

  it('refuses an explicit argument, even an empty one', () => {
    expect(errorOf(GLOBAL, ['--debug=1'])).toBe("argument --debug: ignored explicit argument '1'");
    expect(errorOf(GLOBAL, ['--debug='])).toBe("argument --debug: ignored explicit argument ''");
    expect(errorOf(GLOBAL, ['--no-verify=yes'])).toBe("argument --no-verify-ssl: ignored explicit argument 'yes'");
  });

  it('never takes the next token', () => {
    const result = parse(GLOBAL, ['--debug', 'true']);
    expect(result.values.get('debug')).toBe(true);
    expect(result.extras).toEqual(['true']);
  });
});

describe("nargs='?' options (--generate-cli-skeleton)", () => {
  it('stores the const when no value follows', () => {
    expect(parse(UPDATE, ['--secret-id', 'a', '--generate-cli-skeleton']).values.get('generate_cli_skeleton')).toBe('input');
  });

  it('stores the const when an option follows', () => {
    expect(parse(UPDATE, ['--generate-cli-skeleton', '--secret-id', 'a']).values.get('generate_cli_skeleton')).toBe('input');
  });

  it('takes a following plain word as the value', () => {
    expect(parse(UPDATE, ['--generate-cli-skeleton', 'yaml-input', '--secret-id', 'a']).values.get('generate_cli_skeleton')).toBe(
      'yaml-input',
    );
  });

  it('never takes a dash-leading token, known or not', () => {
    const result = parse(UPDATE, ['--secret-id', 'a', '--generate-cli-skeleton', '-x']);
    expect(result.values.get('generate_cli_skeleton')).toBe('input');
    expect(result.extras).toEqual(['-x']);
  });

  it('checks the value against the choices, with a suggestion', () => {
    expect(errorOf(UPDATE, ['--generate-cli-skeleton', 'yaml-inpu'])).toBe(
      "argument --generate-cli-skeleton: Found invalid choice 'yaml-inpu'\n\nMaybe you meant:\n\n  * yaml-input",
    );
  });

  it('takes --opt= as an empty value, not the const', () => {
    expect(errorOf(UPDATE, ['--generate-cli-skeleton='])).toBe("argument --generate-cli-skeleton: Found invalid choice ''\n");
    expect(parse(MIXED, ['--name', 'n', '--count', '1', '--nap=']).values.get('nap')).toBe('');
  });
});

describe('list options', () => {
  it('takes every following plain word, and none at all', () => {
    expect(parse(MIXED, ['--name', 'n', '--count', '1', '--tags', 'a', 'b']).values.get('tags')).toEqual(['a', 'b']);
    expect(parse(MIXED, ['--name', 'n', '--count', '1', '--tags']).values.get('tags')).toEqual([]);
  });

  it('stops at the next known option', () => {
    const result = parse(MIXED, ['--tags', 'a', '--force', '--name', 'n', '--count', '1']);
    expect(result.values.get('tags')).toEqual(['a']);
    expect(result.values.get('force')).toBe(true);
  });

  it('takes only the = value in the --opt=value form', () => {
    const result = parse(MIXED, ['--name', 'n', '--count', '1', '--tags=a', 'go']);
    expect(result.values.get('tags')).toEqual(['a']);
    expect(result.positional).toBe('go');
  });

  it('replaces, not appends, when repeated', () => {
    expect(parse(MIXED, ['--name', 'n', '--count', '1', '--tags', 'a', '--tags', 'b']).values.get('tags')).toEqual(['b']);
  });

  it('checks every item against the choices', () => {
    expect(errorOf(MIXED, ['--mode', 'a', 'abc'])).toBe("argument --mode: Found invalid choice 'abc'\n\nMaybe you meant:\n\n  * ab");
  });

  it('stops a list at a dash-leading word, as argparse does (the DESIGN.md §5 rule is for single values)', () => {
    const result = parse(MIXED, ['--name', 'n', '--count', '1', '--tags', 'a', '-b']);
    expect(result.values.get('tags')).toEqual(['a']);
    expect(result.extras).toEqual(['-b']);
  });
});

describe('choices', () => {
  it('reports an invalid choice with no suggestion when nothing is close', () => {
    expect(errorOf(GLOBAL, ['--output', 'xml'])).toBe("argument --output: Found invalid choice 'xml'\n");
  });

  it('suggests close choices as aws-cli 2.36 does', () => {
    expect(errorOf(GLOBAL, ['--output', 'jsn'])).toBe("argument --output: Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json");
  });

  it('lists several suggestions one per line, best first', () => {
    const error = invalidChoice('--x', 'tag-resources', ['untag-resource', 'tag-resource']);
    expect(error.message).toBe("argument --x: Found invalid choice 'tag-resources'\n\nMaybe you meant:\n\n  * tag-resource\n  * untag-resource");
  });

  it('matches choices case-sensitively', () => {
    expect(errorOf(GLOBAL, ['--output', 'JSON'])).toBe("argument --output: Found invalid choice 'JSON'\n");
  });

  it('checks the positional against its choices under its dest name', () => {
    expect(errorOf(MIXED, ['--name', 'n', '--count', '1', 'og'])).toBe("argument word: Found invalid choice 'og'\n");
  });

  it('builds a UsageError', () => {
    expect(invalidChoice('--color', 'of', ['on', 'off', 'auto'])).toBeInstanceOf(UsageError);
  });
});

describe('positional and extras', () => {
  it('gives the first plain word to the positional and the rest to the extras, in order', () => {
    const result = parse(UPDATE, ['foo', '--bogus', 'bar', '--secret-id', 'a', '--x=1', 'baz']);
    expect(result.positional).toBe('foo');
    expect(result.extras).toEqual(['--bogus', 'bar', '--x=1', 'baz']);
  });

  it('puts every plain word in the extras when there is no positional', () => {
    expect(parse(GLOBAL, ['secretsmanager', '--debug', 'update-secret']).extras).toEqual(['secretsmanager', 'update-secret']);
  });

  it('treats -1, -.5 and words with a space as plain words', () => {
    const result = parse(UPDATE, ['--secret-id', 'a', '-1', '-.5', '-x y']);
    expect([result.positional, result.extras]).toEqual(['-1', ['-.5', '-x y']]);
  });

  it('treats every token after -- as a plain word', () => {
    const result = parse(UPDATE, ['--secret-id', 'a', '--', '--description', 'd']);
    expect(result.positional).toBe('--description');
    expect(result.extras).toEqual(['d']);
    expect(result.values.has('Description')).toBe(false);
  });

  it('treats a lone - and an empty string as plain words', () => {
    expect(parse(UPDATE, ['--secret-id', '-']).values.get('SecretId')).toBe('-');
    expect(parse(UPDATE, ['--secret-id', 'a', '']).positional).toBe('');
  });
});

describe('terminal options (--version)', () => {
  it('stops parsing where it appears', () => {
    const result = parse(GLOBAL, ['--region', 'r', '--version', '--output', 'xml', '--region']);
    expect(result.terminal?.name).toBe('--version');
    expect(result.values.get('region')).toBe('r');
  });

  it('lets an error before it win', () => {
    expect(errorOf(GLOBAL, ['--output', 'xml', '--version'])).toBe("argument --output: Found invalid choice 'xml'\n");
  });

  it('skips the required check', () => {
    expect(parse(MIXED, ['--stop']).terminal?.dest).toBe('stop');
  });

  it('is reached by prefix too', () => {
    expect(parse(GLOBAL, ['--vers']).terminal?.dest).toBe('version');
  });
});

describe('dash-leading values (DESIGN.md §5)', () => {
  // aws-cli: "argument --secret-string: expected one argument" (rc 252).
  it.each([['-----BEGIN PRIVATE KEY-----'], ['-foo'], ['--foo'], ['-x'], ['---'], ['--not-an-option=1']])(
    'accepts %j as a value although argparse refuses it',
    (value) => {
      expect(parse(UPDATE, ['--secret-id', 'a', '--secret-string', value]).values.get('SecretString')).toBe(value);
    },
  );

  it('still refuses a known option as the value', () => {
    expect(errorOf(UPDATE, ['--secret-id', 'a', '--secret-string', '--description'])).toBe(
      'argument --secret-string: expected one argument',
    );
  });

  it('still refuses an unambiguous prefix of a known option, or one with =', () => {
    expect(errorOf(UPDATE, ['--secret-id', 'a', '--secret-string', '--desc'])).toBe('argument --secret-string: expected one argument');
    expect(errorOf(UPDATE, ['--secret-id', 'a', '--secret-string', '--desc=x'])).toBe('argument --secret-string: expected one argument');
  });

  it('still reports an ambiguous prefix as ambiguous', () => {
    expect(errorOf(UPDATE, ['--secret-id', 'a', '--secret-string', '--secret'])).toMatch(/^ambiguous option: --secret could match/);
  });

  it("refuses an option of the other parser (foreignOption), as aws-cli's main parser does", () => {
    const spec: ParserSpec = { ...GLOBAL, foreignOption: (token) => isKnownOption(UPDATE.options, token) };
    expect(errorOf(spec, ['--endpoint-url', '--secret-id', 'x'])).toBe('argument --endpoint-url: expected one argument');
    expect(errorOf(spec, ['--query', '--secret-str'])).toBe('argument --query: expected one argument');
    expect(parse(spec, ['--query', '-foo']).values.get('query')).toBe('-foo');
  });

  it('accepts a dash-leading value given with =, as argparse does', () => {
    expect(parse(UPDATE, ['--secret-id', 'a', '--secret-string=--description']).values.get('SecretString')).toBe('--description');
  });
});

describe('isKnownOption', () => {
  const options: readonly OptionSpec[] = UPDATE.options;

  it.each([['--secret-id'], ['--secret-i'], ['--secret-id=x'], ['--desc=x'], ['--secret'], ['--s'], ['--=x']])(
    'knows %j',
    (token) => {
      expect(isKnownOption(options, token)).toBe(true);
    },
  );

  it.each([['--bogus'], ['-x'], ['secret-id'], ['-'], [''], ['-1'], ['--secret-id-x'], ['--Secret-Id']])(
    'does not know %j',
    (token) => {
      expect(isKnownOption(options, token)).toBe(false);
    },
  );
});
