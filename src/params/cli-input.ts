/**
 * `--cli-input-json` / `--cli-input-yaml` (aws-cli's cliinput.py): exactly
 * one of them, loaded from the argument or a `file://`/`fileb://` file, must
 * be a mapping; its keys are added only where the command line did not set
 * that parameter, after the command-line ones, in the file's order.
 */
import type { ParsedValue } from '../cli/argparse.js';
import { pyTypeName, type PyDict, type PyValue } from '../value/model.js';
import { parseJson } from '../value/json.js';
import { ParamValidationError } from '../errors.js';
import type { ParamFileContext } from './paramfile.js';
import { loadParam, ParamError } from './build.js';

export async function mergeCliInput(
  params: PyDict,
  values: ReadonlyMap<string, ParsedValue>,
  files: ParamFileContext,
): Promise<void> {
  const json = values.get('cli_input_json') as string | undefined;
  const yaml = values.get('cli_input_yaml') as string | undefined;
  if (json === undefined && yaml === undefined) return;
  if (json !== undefined && yaml !== undefined) {
    throw new ParamValidationError('Only one --cli-input- parameter may be specified.');
  }
  const cliName = json !== undefined ? '--cli-input-json' : '--cli-input-yaml';
  const raw = (json ?? yaml)!;
  const text = loadParam(cliName, raw, files);
  const loaded = json !== undefined ? loadJson(text) : await loadYaml(text);
  if (!(loaded instanceof Map)) {
    throw new ParamError(cliName, `Invalid type: expecting map, received <class '${pyTypeName(loaded)}'>`);
  }
  for (const [key, value] of loaded) {
    if (!params.has(key)) params.set(key, value);
  }
}

/** The input as text; bytes from `fileb://` must be UTF-8 (the callers report them as invalid input). */
function asText(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
}

function loadJson(text: string | Uint8Array): PyValue {
  try {
    return parseJson(asText(text));
  } catch {
    throw new ParamError('cli-input-json', 'Invalid JSON received.');
  }
}

async function loadYaml(text: string | Uint8Array): Promise<PyValue> {
  const { parseYamlInput } = await import('./yaml-input.js');
  try {
    return parseYamlInput(asText(text));
  } catch {
    throw new ParamError('cli-input-yaml', 'Invalid YAML received.');
  }
}
