/**
 * The global options once parsed, and the checks aws-cli makes on them
 * before the operation is looked at. Expected texts were checked against
 * aws-cli 2.9.19 (`/usr/bin/aws`), unchanged in 2.36.7 apart from the
 * `aws: [ERROR]:` prefix that report.ts adds.
 */
import { describe, expect, it } from 'vitest';
import { parseKnownArgs } from '../../src/cli/argparse.js';
import { GLOBAL_OPTIONS } from '../../src/cli/global-options.js';
import { checkEndpointUrl, resolveTimeout, toGlobalArgs, urlScheme } from '../../src/cli/globals.js';
import { GeneralError, ParamValidationError } from '../../src/errors.js';

const parseGlobals = (args: string[]) => toGlobalArgs(parseKnownArgs({ options: GLOBAL_OPTIONS }, args).values);

describe('toGlobalArgs', () => {
  it('gives the defaults when no global option is given', () => {
    expect(toGlobalArgs(new Map())).toEqual({
      debug: false,
      endpointUrl: undefined,
      verifySsl: true,
      paginate: true,
      output: undefined,
      query: undefined,
      profile: undefined,
      region: undefined,
      color: 'auto',
      signRequest: true,
      caBundle: undefined,
      readTimeout: undefined,
      connectTimeout: undefined,
      binaryFormat: undefined,
      noCliPager: false,
      errorFormat: undefined,
    });
  });

  it('reads every global option from the parsed values', () => {
    expect(
      parseGlobals([
        '--debug',
        '--endpoint-url=http://h',
        '--no-verify-ssl',
        '--no-paginate',
        '--output',
        'text',
        '--query',
        'Name',
        '--profile',
        'p',
        '--region',
        'r',
        '--color',
        'on',
        '--no-sign-request',
        '--ca-bundle',
        '/ca.pem',
        '--cli-read-timeout',
        '5',
        '--cli-connect-timeout',
        '6',
        '--cli-binary-format',
        'raw-in-base64-out',
        '--no-cli-pager',
        '--no-cli-auto-prompt',
        '--cli-error-format',
        'json',
      ]),
    ).toEqual({
      debug: true,
      endpointUrl: 'http://h',
      verifySsl: false,
      paginate: false,
      output: 'text',
      query: 'Name',
      profile: 'p',
      region: 'r',
      color: 'on',
      signRequest: false,
      caBundle: '/ca.pem',
      readTimeout: '5',
      connectTimeout: '6',
      binaryFormat: 'raw-in-base64-out',
      noCliPager: true,
      errorFormat: 'json',
    });
  });

  it('keeps an empty --region or --output as given, not as absent', () => {
    const globals = parseGlobals(['--region', '', '--query', '']);
    expect([globals.region, globals.query]).toEqual(['', '']);
  });
});

describe('urlScheme', () => {
  it.each([
    ['http://h', 'http'],
    ['HtTp://h', 'http'],
    ['https://h/p?q=1', 'https'],
    ['file:///srv/secrets', 'file'],
    ['file://./x', 'file'],
    ['localhost:5232', 'localhost'],
    ['mailto:x', 'mailto'],
    ['a+b.c-d://x', 'a+b.c-d'],
    ['ftp://x', 'ftp'],
  ])('finds the scheme of %j: %j', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it.each([['foo'], ['127.0.0.1:5232'], [''], ['1http://x'], ['é://x'], ['h_t://x'], [':x'], ['//host/path']])(
    'finds no scheme in %j',
    (url) => {
      expect(urlScheme(url)).toBeUndefined();
    },
  );
});

describe('checkEndpointUrl', () => {
  const message = (url: string): string =>
    `Bad value for --endpoint-url "${url}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`;

  it.each([['foo'], ['127.0.0.1:5232'], [''], ['1http://x'], ['é://x'], ['h_t://x'], [':x']])(
    'refuses %j with aws-cli\'s "scheme is missing" text (two spaces), exit code 252',
    (url) => {
      let caught: unknown;
      try {
        checkEndpointUrl(url);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ParamValidationError);
      expect((caught as Error).message).toBe(message(url));
      expect((caught as ParamValidationError).exitCode).toBe(252);
    },
  );

  it.each([['http://127.0.0.1:5232'], ['HTTPS://h'], ['localhost:5232'], ['mailto:x'], ['ftp://x'], ['file:///tmp/store']])(
    'lets %j through (any scheme; later stages judge it)',
    (url) => {
      expect(() => checkEndpointUrl(url)).not.toThrow();
    },
  );

  it('accepts no --endpoint-url at all', () => {
    expect(() => checkEndpointUrl(undefined)).not.toThrow();
  });

  // Python 3.11.2's urlsplit strips leading C0 controls and spaces and removes
  // tab, CR and LF before it looks for the scheme. aws-cli 2.9.19 with
  // `--endpoint-url ' http://127.0.0.1:1'` connects ("Could not connect to the
  // endpoint URL: "http://127.0.0.1:1/"", rc 255); with `$'\thttp://...'` it
  // passes this check and fails later with "Invalid endpoint: \thttp://..."
  // (rc 255), as botocore refuses tabs and newlines (parseEndpoint).
  it.each([[' http://127.0.0.1:1'], ['\thttp://127.0.0.1:1'], ['ht\ttp://127.0.0.1:1']])(
    'finds the scheme of %j as urlsplit does, after its cleaning',
    (url) => {
      expect(() => checkEndpointUrl(url)).not.toThrow();
    },
  );
});

describe('resolveTimeout', () => {
  it('defaults to 60 seconds', () => {
    expect(resolveTimeout(undefined)).toBe(60);
  });

  it('reads 0 as no timeout at all', () => {
    expect(resolveTimeout('0')).toBeUndefined();
    expect(resolveTimeout('-0')).toBeUndefined();
    expect(resolveTimeout('00')).toBeUndefined();
  });

  it.each([
    ['5', 5],
    [' 12 ', 12],
    ['+5', 5],
    ['1_000', 1000],
    ['010', 10],
    ['\t7\n', 7],
  ])('reads %j as Python int() does: %d', (text, seconds) => {
    expect(resolveTimeout(text)).toBe(seconds);
  });

  it('passes a negative timeout on, for the transport to refuse', () => {
    expect(resolveTimeout('-1')).toBe(-1);
  });

  it.each([['1.5'], ['abc'], [''], ['  '], ['1__0'], ['_1'], ['1_'], ['0x10'], ['1e3'], ['+-1']])(
    "refuses %j with Python's int() text, exit code 255",
    (text) => {
      let caught: unknown;
      try {
        resolveTimeout(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GeneralError);
      expect((caught as Error).message).toBe(`invalid literal for int() with base 10: '${text}'`);
    },
  );
});
