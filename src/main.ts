/**
 * The entry point: `main(argv, io)` runs one invocation and returns its exit
 * code. Global options are parsed first, as aws-cli's main parser does, and
 * checked ("top-level" checks: --query, --endpoint-url, timeouts, profile
 * formats) before the command's own options are even looked at.
 */
import { isKnownOption, parseKnownArgs, type OptionSpec } from './cli/argparse.js';
import { GLOBAL_OPTIONS } from './cli/global-options.js';
import { checkEndpointUrl, resolveTimeout, toGlobalArgs } from './cli/globals.js';
import { LOCAL_USAGE, MAIN_USAGE } from './cli/usage.js';
import type { Context, Io } from './commands/context.js';
import { runOperation, type OperationCommand } from './commands/pipeline.js';
import { UPDATE_SECRET } from './commands/update-secret.js';
import { SharedConfig } from './config/profiles.js';
import { Settings } from './config/settings.js';
import { debugLog, SILENT } from './debug.js';
import { ParamValidationError } from './errors.js';
import { redactArgv } from './params/redact.js';
import { reportError } from './report.js';
import { versionLine } from './version.js';

export type { Io } from './commands/context.js';

const HELP_FLAGS: OptionSpec[] = [
  { name: '--help', dest: 'help_flag', arity: 'flag', terminal: true },
  { name: '-h', dest: 'help_flag', arity: 'flag', terminal: true },
];

function fallbackErrorFormat(io: Io): () => string {
  return () => {
    try {
      return new Settings(toGlobalArgs(new Map()), io.env, new SharedConfig(io.env, undefined)).errorFormat();
    } catch {
      return 'enhanced';
    }
  };
}

async function compileQuery(expression: string | undefined) {
  if (expression === undefined) return undefined;
  const { compileQuery: compile } = await import('./query/index.js');
  try {
    return compile(expression);
  } catch (error) {
    throw new ParamValidationError(`Bad value for --query ${expression}: ${(error as Error).message}`);
  }
}

interface Run {
  /** Print nothing for parameter errors (auto-prompt's on-partial mode). */
  silenceParamErrors: boolean;
}

async function invoke(argv: readonly string[], io: Io, run: Run): Promise<number> {
  let context: Context | undefined;
  let usage = MAIN_USAGE;
  try {
    if (argv[0] === 'completion') return await (await import('./cli/completion.js')).runCompletion(argv.slice(1), io);
    const top = parseKnownArgs(
      { options: [...GLOBAL_OPTIONS, ...HELP_FLAGS], foreignOption: (token) => isKnownOption(UPDATE_SECRET.options, token) },
      argv,
    );
    if (top.terminal?.dest === 'version') {
      io.stdout.write(`${versionLine()}\n`);
      return 0;
    }
    const local = top.extras[0] === 'local';
    if (local) usage = LOCAL_USAGE;
    if (top.terminal?.dest === 'help_flag') {
      const { usageSummary } = await import('./help/summary.js');
      io.stdout.write(usageSummary(top.extras));
      return 0;
    }
    const globals = toGlobalArgs(top.values);
    const config = new SharedConfig(io.env, globals.profile);
    const settings = new Settings(globals, io.env, config);
    const debug = globals.debug ? debugLog((text) => io.stderr.write(text)) : SILENT;
    debug.log('awscli.clidriver', `CLI version: ${versionLine()}`);
    debug.log('awscli.clidriver', `Arguments entered to CLI: ${redactArgv(argv)}`);
    const query = await compileQuery(globals.query);
    checkEndpointUrl(globals.endpointUrl);
    resolveTimeout(globals.readTimeout);
    resolveTimeout(globals.connectTimeout);
    settings.timestampFormat();
    settings.binaryFormat();
    context = { io, globals, config, settings, debug, query };

    let command: OperationCommand = UPDATE_SECRET;
    let args: readonly string[] = top.extras;
    if (local) {
      const { resolveLocal } = await import('./commands/local.js');
      const resolved = await resolveLocal(top.extras.slice(1), context);
      if (typeof resolved === 'number') return resolved;
      [command, args] = [resolved.command, resolved.args];
    }
    const mode = run.silenceParamErrors ? 'off' : settings.promptMode(argv);
    const prompted = async (): Promise<string[]> =>
      (await import('./cli/prompt.js')).promptForArgs(argv, command.options, io);
    if (mode === 'on' && (io.stdin.isTTY || argv.includes('--cli-auto-prompt'))) {
      return invoke(await prompted(), io, run);
    }
    if (mode === 'on-partial' && io.stdin.isTTY) {
      const code = await invoke([...argv, '--no-cli-auto-prompt'], io, { silenceParamErrors: true });
      if (code !== 252) return code;
      return invoke(await prompted(), io, run);
    }
    return await runOperation(command, args, context);
  } catch (error) {
    if (run.silenceParamErrors && error instanceof ParamValidationError) return error.exitCode;
    return reportError(error, io.stdout, io.stderr, { usage, context, fallbackFormat: fallbackErrorFormat(io) });
  }
}

export function main(argv: readonly string[], io: Io): Promise<number> {
  return invoke(argv, io, { silenceParamErrors: false });
}
