/**
 * update-secret(1): the options, global options and output from the
 * declarations and the service model; the rest is prose.
 */
import { OPERATION_DOCS, UPDATE_SECRET_OUTPUT_DOCS } from '../../api/docs.js';
import { secretsManagerShapes } from '../../api/shapes.js';
import { GLOBAL_OPTIONS } from '../../cli/global-options.js';
import { UPDATE_SECRET } from '../../commands/update-secret.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../output/registry.js';
import { MIRRORED_AWS_CLI, VERSION } from '../../version.js';
import { environmentSection } from './environment.js';
import { describeShape, optionEntries, synopsisItems } from './options.js';
import { bold, bullets, definitions, example, inline, page, para, sh, ss, tagged, th, type Roff } from './roff.js';
import {
  completionSection,
  exitStatusSection,
  filesSection,
  globalOptionsSection,
  localStoreSection,
  seeAlso,
} from './sections.js';

const FORMAT_DOCS: Record<OutputFormat, string> = {
  json: 'The default. The response as JSON indented by four spaces, its fields in the order of the model (`ARN`, `Name`, `VersionId`).',
  text: 'Tab-separated values on one line, in the alphabetical order of the field names: `ARN`, `Name`, then `VersionId` when there is one. Made for `cut`, `read` and `awk`.',
  table: 'A box drawn with `-`, `|` and `+`, titled UpdateSecret, one row per field. Coloured on a terminal unless `--color off`.',
  yaml: 'A YAML mapping, field names sorted.',
  'yaml-stream': 'The same mapping as the single item of a YAML sequence, so that the output of several calls can be concatenated.',
  off: 'Nothing at all. The call is still made and errors are still reported: only the exit status tells the outcome.',
};

function synopsis(): Roff {
  const form = (command: string, ...words: string[]): Roff => [`.SY ${command.includes(' ') ? `"${command}"` : command}`, ...words, '.YS'];
  return [
    ...form('update-secret', ...synopsisItems(UPDATE_SECRET.options), ...synopsisItems(GLOBAL_OPTIONS, true)),
    ...form('update-secret help'),
    ...form('update-secret local', '\\fIoperation\\fR', '[\\fIoptions\\fR]', '[\\fIglobal options\\fR]'),
    ...form('update-secret completion', '\\fBbash\\fR | \\fBzsh\\fR | \\fBfish\\fR'),
    ...form('update-secret', '\\fB\\-h\\fR | \\fB\\-\\-help\\fR'),
  ];
}

function description(): Roff {
  return [
    ...para(
      'update-secret changes an existing secret in AWS Secrets Manager. It is a drop-in replacement for ' +
        '`aws secretsmanager update-secret`: it takes the same options and global options, prints the same output in every format, ' +
        'and ends with the same exit status and error messages, naming itself where aws-cli writes `aws`. ' +
        `It mirrors aws-cli ${MIRRORED_AWS_CLI}: where aws-cli releases differ, update-secret does what that release does. ` +
        'What differs on purpose is listed under DIFFERENCES FROM AWS-CLI.',
      OPERATION_DOCS.UpdateSecret!.description,
      'The request goes to AWS, with the usual chains for the Region and for credentials (environment variables, the shared files ' +
        'with their profiles, single sign-on, assumed roles and `credential_process`, web identity, container and instance metadata); ' +
        'or to any Secrets Manager endpoint given by URL, such as LocalStack or moto; or, with a `file:` endpoint, to a local store ' +
        'that needs neither account nor network (see LOCAL STORE).',
    ),
    ...ss('Other commands'),
    ...definitions([
      ['update-secret help', 'Shows this manual. `update-secret local help` shows the manual of the local operations.'],
      ['update-secret local OPERATION', 'Runs a companion operation on the local store; see `update-secret-local`(1).'],
      ['update-secret completion SHELL', 'Prints a completion script for bash, zsh or fish; see SHELL COMPLETION.'],
      ['update-secret -h', 'Prints a summary of the options (`--help` does the same). After `local` or `local OPERATION`, of those.'],
      ['update-secret --version', 'Prints the versions of update-secret, of the aws-cli it mirrors, of Node.js and of the system.'],
    ]),
    ...ss('Parameter values'),
    ...para(
      'A value that starts with `file://` is read from the file named after it, as UTF-8 text (CRLF and CR line ends become LF; ' +
        'a trailing newline is kept). A value that starts with `fileb://` is read as raw bytes, for `--secret-binary`. `~` and ' +
        '`$VAR` in the path are expanded, and a relative path resolves against the current directory. This works for every option ' +
        'of the command, `--cli-input-json` included. Any other value is sent exactly as typed: no JSON parsing, and `http://` ' +
        'values are not fetched.',
      'A value that starts with a dash is taken as a value unless it is an option of the command, so ' +
        '`--secret-string -----BEGIN...` works. Options may be shortened to any unambiguous prefix (`--secret-str`), ' +
        '`--description={text}` is the same as `--description {text}`, and when an option is repeated the last one counts.',
    ),
  ];
}

function outputSection(): Roff {
  const shape = secretsManagerShapes.shape(secretsManagerShapes.operation('UpdateSecret').output!);
  return [
    ...para('A successful call prints the response, which has these fields:'),
    ...secretsManagerShapes.members(shape).flatMap(([name, , member]) =>
      tagged(`${bold(name)} (${describeShape(secretsManagerShapes, member)})`, UPDATE_SECRET_OUTPUT_DOCS[name] ?? name),
    ),
    ...para(
      '`--query` picks from the response first (a JMESPath expression); the result is then printed in the format chosen by ' +
        '`--output`, else `AWS_DEFAULT_OUTPUT`, else the profile\'s `output`, else `json`:',
    ),
    ...definitions(OUTPUT_FORMATS.map((format) => [format, FORMAT_DOCS[format]] as const)),
    ...para(
      'On a terminal the output goes through a pager (see `AWS_PAGER`). Errors go to standard error, never to the pager, in the ' +
        'form chosen by `--cli-error-format`.',
    ),
  ];
}

function examples(): Roff {
  const item = (text: string, lines: string[]): Roff => [...para(text), ...example(lines)];
  return [
    ...item('Change only the description; no new version is created:', [
      'update-secret --secret-id app/db --description "Primary database, rotated monthly"',
    ]),
    ...item('Store a new value read from a file; it becomes the AWSCURRENT version:', [
      'update-secret --secret-id app/db --secret-string file://db.json',
    ]),
    ...item('Store the bytes of a binary file, unchanged:', ['update-secret --secret-id app/tls-key --secret-binary fileb://server.key.der']),
    ...item('In a script, keep only the new version id:', [
      'version=$(update-secret --secret-id app/db --secret-string file://db.json \\',
      '    --query VersionId --output text) || exit',
      'echo "app/db is now at version $version"',
    ]),
    ...item('Write the request once as JSON, then reuse it (delete the keys you do not set):', [
      'update-secret --generate-cli-skeleton > update.json',
      'update-secret --cli-input-json file://update.json',
    ]),
    ...item(
      'Use a local store in CI: no AWS account, the same commands, the store kept in the job\'s workspace. ' +
        'The environment variable selects it for every command of the job:',
      [
        'export AWS_ENDPOINT_URL_SECRETS_MANAGER="file://$PWD/.ci-secrets"',
        'update-secret local create-secret --name app/db --secret-string initial',
        'update-secret --secret-id app/db --secret-string file://db.json',
        'update-secret local get-secret-value --secret-id app/db \\',
        '    --query SecretString --output text',
      ],
    ),
  ];
}

function differences(): Roff {
  return [
    ...para(
      `update-secret mirrors aws-cli ${MIRRORED_AWS_CLI} byte for byte, except where aws-cli's behaviour hurts its users or ` +
        'only aws-cli can show it. Everything below only accepts input that aws-cli rejects, or changes output no script can ' +
        'rely on:',
    ),
    ...bullets([
      'Errors begin with `update-secret: [ERROR]:` where aws-cli writes `aws: [ERROR]:`, and usage blocks describe update-secret. ' +
        'Hints that name aws-cli commands (`aws configure`, `aws login`) are kept.',
      'Values that start with a dash are accepted: `--secret-string -----BEGIN...` is a value, where aws-cli says ' +
        '"expected one argument". A token that is an option of the command is still read as that option.',
      'Secret values never leak: `--debug` shows them as a placeholder (aws-cli logs them four times), and invalid base64 in ' +
        '`--secret-binary` is reported as `Invalid base64: <secret value hidden>` instead of quoting the value.',
      '`--generate-cli-skeleton output` validates the other options and then prints a sample response, each field set to its own ' +
        'name and formatted by `--output`; aws-cli fails on its own sample.',
      'The `file:` endpoint selects the local store; aws-cli rejects it. The `local` and `completion` commands are additions.',
      '`-h` and `--help` print a usage summary; aws-cli prints a stray usage line of its top-level parser.',
      '`update-secret help` renders the manual with man(1) or mandoc(1), or as plain text when neither is installed, and pages it ' +
        'only on a terminal; aws-cli needs groff or mandoc and always pipes into the pager.',
      '`--no-verify-ssl` warns with one line per request, `update-secret: InsecureRequestWarning: Unverified HTTPS request is ' +
        'being made to host \'HOST\'. Adding certificate verification is strongly advised.`, without the path of a Python library.',
      `\`--version\` prints \`update-secret/${VERSION} aws-cli/${MIRRORED_AWS_CLI} Node.js/VERSION Linux/RELEASE\` rather than ` +
        'aws-cli\'s Python line.',
      '`--debug` follows the layout of aws-cli\'s log lines, but logs update-secret\'s own steps, not botocore\'s.',
      '`--cli-auto-prompt` asks for one parameter per line on the terminal instead of opening aws-cli\'s full-screen prompt.',
      'Requests carry the User-Agent of the AWS SDK for JavaScript with `update-secret/' +
        `${VERSION}\` added, and no aws-cli session database is written under \`~/.aws/cli/cache\`.`,
    ]),
  ];
}

export function renderMainPage(date: string): string {
  const roff: Roff = [
    `.\\" Generated by scripts/gen-man.ts from the option declarations; edit src/help/man/ and src/api/docs.ts instead.`,
    ...th('UPDATE-SECRET', '1', date, `update-secret ${VERSION}`, 'User Commands'),
    ...sh('NAME'),
    inline(`update-secret - ${OPERATION_DOCS.UpdateSecret!.summary.replace(/\.$/, '').replace(/^C/, 'c')} in AWS Secrets Manager or a local store`),
    ...sh('SYNOPSIS'),
    ...synopsis(),
    ...sh('DESCRIPTION'),
    ...description(),
    ...sh('OPTIONS'),
    ...optionEntries(secretsManagerShapes, UPDATE_SECRET.options),
    ...sh('GLOBAL OPTIONS'),
    ...globalOptionsSection(),
    ...sh('LOCAL STORE'),
    ...localStoreSection(),
    ...sh('SHELL COMPLETION'),
    ...completionSection(),
    ...sh('ENVIRONMENT'),
    ...environmentSection(),
    ...sh('FILES'),
    ...filesSection(),
    ...sh('EXIT STATUS'),
    ...exitStatusSection(),
    ...sh('OUTPUT'),
    ...outputSection(),
    ...sh('EXAMPLES'),
    ...examples(),
    ...sh('DIFFERENCES FROM AWS-CLI'),
    ...differences(),
    ...sh('SEE ALSO'),
    ...seeAlso(['update-secret-local(1)', 'aws(1)', 'less(1)']),
  ];
  return page(roff);
}
