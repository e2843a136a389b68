/**
 * man/update-secret.1 and man/update-secret-local.1, as the build generates
 * them: valid man(7), rendered by man, and in step with the parser, the
 * source's environment variables, the exit codes and the output formats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBER_DOCS, OPERATION_DOCS } from '../../src/api/docs.js';
import { xformName } from '../../src/api/names.js';
import { KEY_RING_OPERATIONS, LOCAL_OPERATIONS, localCommands } from '../../src/commands/local.js';
import { UPDATE_SECRET } from '../../src/commands/update-secret.js';
import { EXIT_CODES } from '../../src/errors.js';
import { MAN_PAGES } from '../../src/help/man/index.js';
import { OUTPUT_FORMATS } from '../../src/output/registry.js';
import { MIRRORED_AWS_CLI } from '../../src/version.js';
import { ROOT } from '../support/cli.js';
import {
  ACCEPTED,
  GLOBAL_NAMES,
  LOCAL_PAGE,
  MAIN_NAMES,
  MAIN_PAGE,
  MAN_DIR,
  mentionedOptions,
  OPERATION_NAMES,
  readPage,
  roffSections,
  roffText,
  run,
  subsection,
  taggedOptions,
} from './helpers.js';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', HOME: ROOT };
const sorted = (names: Iterable<string>) => [...names].sort();
/** The page shows that options may be abbreviated, with this example. */
const ABBREVIATION_EXAMPLE = '--secret-str';
const unknownOptions = (text: string) => [...mentionedOptions(text)].filter((o) => !ACCEPTED.has(o) && o !== ABBREVIATION_EXAMPLE);

describe.each(MAN_PAGES.map((p) => [p.file, p] as const))('%s', (file, page) => {
  const path = join(MAN_DIR, file);

  it('passes mandoc -T lint -W warning without a message', () => {
    const result = run('mandoc', ['-T', 'lint', '-W', 'warning', path], ENV, ROOT);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('renders with man -l', () => {
    const result = run('man', ['-l', path], ENV, ROOT);
    expect(result.status).toBe(0);
    const title = file.replace(/\.1$/, '').toUpperCase();
    expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^${title}\\(1\\) +User Commands +${title}\\(1\\)$`));
    for (const heading of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'GLOBAL OPTIONS', 'EXIT STATUS', 'SEE ALSO']) {
      expect(result.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
  });

  it('is what the declarations render (the build regenerated it)', () => {
    const source = readPage(path);
    const date = /^\.TH \S+ \S+ (\S+)/m.exec(source)![1]!;
    expect(source).toBe(page.render(date));
  });

  it('keeps option names and paths whole: no hyphenation', () => {
    const rendered = run('man', ['-l', path], { ...ENV, MANWIDTH: '60' }, ROOT).stdout;
    expect(rendered).not.toMatch(/[\u2010-]$/m);
  });
});

describe('update-secret(1)', () => {
  const sections = roffSections(readPage(MAIN_PAGE));
  const text = (name: string) => roffText(sections.get(name) ?? []);

  it('has the sections in order', () => {
    expect([...sections.keys()]).toEqual([
      'NAME',
      'SYNOPSIS',
      'DESCRIPTION',
      'OPTIONS',
      'GLOBAL OPTIONS',
      'LOCAL STORE',
      'SHELL COMPLETION',
      'ENVIRONMENT',
      'FILES',
      'EXIT STATUS',
      'OUTPUT',
      'EXAMPLES',
      'DIFFERENCES FROM AWS-CLI',
      'SEE ALSO',
    ]);
  });

  it('documents every option of the command under OPTIONS, and nothing else', () => {
    expect(sorted(taggedOptions(sections.get('OPTIONS')!))).toEqual(sorted(MAIN_NAMES));
  });

  it('documents every global option under GLOBAL OPTIONS, and nothing else', () => {
    expect(sorted(taggedOptions(sections.get('GLOBAL OPTIONS')!))).toEqual(sorted(GLOBAL_NAMES));
  });

  it('lists every documented option in the SYNOPSIS', () => {
    expect(sorted(mentionedOptions(text('SYNOPSIS')))).toEqual(sorted(new Set([...MAIN_NAMES, ...GLOBAL_NAMES, '--help'])));
  });

  it('shows each option with its type, limits and required-ness from the model', () => {
    const options = text('OPTIONS');
    expect(options).toContain('--secret-id value\nType: string, 1 to 2048 characters. Required.');
    expect(options).toContain('--secret-string value\nType: string, 1 to 65536 characters.');
    expect(options).toContain('--secret-binary value\nType: blob, 1 to 65536 bytes.');
    expect(options).toMatch(/--secret-string value\n[^]*?Sensitive: the value never appears in --debug output/);
    expect(text('GLOBAL OPTIONS')).toContain('--output format\nOne of json, text, table, yaml, yaml-stream, off.');
  });

  it('mentions no option that no parser accepts', () => {
    expect(unknownOptions(roffText(readPage(MAIN_PAGE).split('\n')))).toEqual([]);
  });

  it('describes every environment variable the source reads', () => {
    const documented = text('ENVIRONMENT');
    const missing = [...variablesRead()].filter((name) => !new RegExp(`^${name}(,|$)|, ${name}(,|$)`, 'm').test(documented));
    expect(missing).toEqual([]);
  });

  it('names the precedence of the region, profile and endpoint variables', () => {
    const env = text('ENVIRONMENT');
    expect(env).toMatch(/AWS_DEFAULT_REGION\nThe Region, when neither --region nor AWS_REGION is set/);
    expect(env).toMatch(/AWS_DEFAULT_PROFILE\n.*It is read before AWS_PROFILE/);
    expect(env).toMatch(/AWS_ENDPOINT_URL\nThe endpoint for every service, when the variable above is not set/);
    expect(env).toMatch(/MANPAGER\nThe pager for update-secret help, before PAGER and less -R/);
  });

  it('gives the cause of every exit status', () => {
    const tags = taggedStatus(sections.get('EXIT STATUS')!);
    expect(sorted(tags)).toEqual(sorted(Object.values(EXIT_CODES).map(String)));
  });

  it('records the aws-cli version it mirrors', () => {
    expect(text('DESCRIPTION')).toContain(`It mirrors aws-cli ${MIRRORED_AWS_CLI}`);
    expect(text('DIFFERENCES FROM AWS-CLI')).toContain(`aws-cli/${MIRRORED_AWS_CLI}`);
  });

  it('explains the local store: the file: endpoint, its precedence, the default store and its encryption', () => {
    const store = text('LOCAL STORE');
    for (const fact of [
      '--endpoint-url file://DIR',
      'resolves against the current directory',
      'in this order: --endpoint-url; the environment variable AWS_ENDPOINT_URL_SECRETS_MANAGER; AWS_ENDPOINT_URL;',
      "then the profile's own endpoint_url",
      '$XDG_DATA_HOME/update-secret',
      '~/.local/share/update-secret',
      'AES-256-GCM',
      'mode 0600',
      'protects values at rest only as well as that file is protected',
      'directories with mode 0700',
    ]) {
      expect(roffTilde(store)).toContain(fact);
    }
    for (const op of [...LOCAL_OPERATIONS, ...KEY_RING_OPERATIONS]) expect(store).toContain(`\n${xformName(op)}\n`);
  });

  it('describes the response fields and every output format', () => {
    const output = text('OUTPUT');
    for (const field of ['ARN', 'Name', 'VersionId']) expect(output).toMatch(new RegExp(`^${field} \\(string, `, 'm'));
    for (const format of OUTPUT_FORMATS) expect(output).toMatch(new RegExp(`^${format}\\n`, 'm'));
  });

  it('gives the examples the brief asks for', () => {
    const examples = text('EXAMPLES');
    for (const fragment of [
      '--description',
      '--secret-string file://db.json',
      '--secret-binary fileb://',
      '--query VersionId --output text',
      '--generate-cli-skeleton > update.json',
      '--cli-input-json file://update.json',
      'AWS_ENDPOINT_URL_SECRETS_MANAGER="file://',
    ]) {
      expect(examples).toContain(fragment);
    }
  });

  it('lists the intentional differences from aws-cli', () => {
    const differences = text('DIFFERENCES FROM AWS-CLI');
    for (const fragment of [
      '--secret-string -----BEGIN...',
      'Invalid base64: <secret value hidden>',
      '--debug shows them as a placeholder',
      '--generate-cli-skeleton output',
      'The file: endpoint',
      'The local and completion commands',
      '-h and --help print a usage summary',
      'InsecureRequestWarning',
      '--version prints update-secret/',
    ]) {
      expect(differences).toContain(fragment);
    }
  });

  it('explains how to install completion for each shell', () => {
    const completion = text('SHELL COMPLETION');
    expect(completion).toContain('eval "$(update-secret completion bash)"');
    expect(completion).toContain('_update-secret');
    expect(roffTilde(completion)).toContain('~/.config/fish/completions/update-secret.fish');
  });
});

describe('update-secret-local(1)', () => {
  const sections = roffSections(readPage(LOCAL_PAGE));
  const operations = [...(sections.get('OPERATIONS') ?? []), ...(sections.get('KEY RING OPERATIONS') ?? [])];

  it('has a subsection for every local operation', () => {
    const names = operations.filter((l) => l.startsWith('.SS ')).map((l) => roffText([l.slice(4)]));
    expect(names).toEqual([...localCommands().keys()]);
  });

  it.each([...OPERATION_NAMES])('documents every option of %s in its subsection, and nothing else', (name, options) => {
    expect(sorted(taggedOptions(subsection(operations, name)))).toEqual(sorted(options));
  });

  it('documents every global option, and nothing else, under GLOBAL OPTIONS', () => {
    expect(sorted(taggedOptions(sections.get('GLOBAL OPTIONS')!))).toEqual(sorted(GLOBAL_NAMES));
  });

  it('mentions no option that no parser accepts', () => {
    expect(unknownOptions(roffText(readPage(LOCAL_PAGE).split('\n')))).toEqual([]);
  });

  it('shows list options with their shorthand and JSON syntax', () => {
    const tags = roffText(subsection(operations, 'tag-resource'));
    expect(tags).toContain('Type: list of Tag structures.');
    expect(tags).toContain('Key=string,Value=string ...');
    expect(tags).toContain('"Key": "string",');
  });
});

describe('option descriptions', () => {
  it.each([['UpdateSecret', UPDATE_SECRET.options] as const, ...[...localCommands().values()].map((c) => [c.operation, c.options] as const)])(
    'every member option of %s has a description in our own words',
    (operation, options) => {
      expect(OPERATION_DOCS[operation]).toBeDefined();
      const missing = options.filter((o) => o.member !== undefined && !o.hidden && MEMBER_DOCS[operation]?.[o.member] === undefined);
      expect(missing.map((o) => o.name)).toEqual([]);
    },
  );
});

describe('the build', () => {
  it('keeps the man-page generator out of the main bundle', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'main.cjs'), 'utf8');
    expect(bundle).not.toContain('DIFFERENCES FROM AWS-CLI');
    expect(bundle).not.toContain('renderMainPage');
  });

  it('writes exactly the pages package.json installs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { man: string[]; files: string[] };
    expect(pkg.man).toEqual(MAN_PAGES.map((p) => `man/${p.file}`));
    expect(pkg.files).toContain('man/');
    expect(readdirSync(MAN_DIR).filter((f) => f.endsWith('.1')).sort()).toEqual(MAN_PAGES.map((p) => p.file).sort());
  });
});

/** `\(ti` as the tilde it prints. */
function roffTilde(text: string): string {
  return text.replace(/\\\(ti/g, '~');
}

function taggedStatus(lines: readonly string[]): string[] {
  return lines.filter((_, i) => lines[i - 1] === '.TP').map((line) => roffText([line]));
}

/** Environment variables the source reads (not the ones it sets). */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  for (const file of walk(join(ROOT, 'src'))) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)\b(?!\s*=(?!=))/g)) names.add(m[1]!);
    for (const m of source.matchAll(/\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) names.add(m[1]!);
    for (const m of source.matchAll(/\(['"](AWS_[A-Z0-9_]+)['"],/g)) names.add(m[1]!);
    if (source.includes('`AWS_ENDPOINT_URL_${')) names.add('AWS_ENDPOINT_URL_SECRETS_MANAGER');
  }
  return names;
}
