/**
 * `--cli-input-json` / `--cli-input-yaml` (aws-cli's cliinput.py): exactly
 * one of them, loaded from the argument or a `file://`/`fileb://` file, must
 * be a mapping; its keys are added only where the command line did not set
 * that parameter, after the command-line ones, in the file's order.
 */
import type { ParsedValue } from '../cli/argparse.js';
import type { PyDict, PyValue } from '../value/model.js';
import { parseJson } from '../value/json.js';
import { ParamValidationError } from '../errors.js';
import { loadParamFile, ParamFileError, type ParamFileContext } from './paramfile.js';
import { ParamError } from './build.js';

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
  let text: string | Uint8Array;
  try {
    text = loadParamFile(raw, files) ?? raw;
  } catch (error) {
    if (error instanceof ParamFileError) throw new ParamError(cliName, error.message);
    throw error;
  }
  const loaded = json !== undefined ? loadJson(text) : await loadYaml(text);
  if (!(loaded instanceof Map)) {
    throw new ParamError(cliName, `Invalid type: expecting map, received <class '${pyClass(loaded)}'>`);
  }
  for (const [key, value] of loaded) {
    if (!params.has(key)) params.set(key, value);
  }
}

function pyClass(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Uint8Array) return 'bytes';
  return { boolean: 'bool', bigint: 'int', number: 'float', string: 'str' }[typeof value as 'string'] ?? 'dict';
}

function loadJson(text: string | Uint8Array): PyValue {
  try {
    const source = typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
    return parseJson(source);
  } catch {
    throw new ParamError('cli-input-json', 'Invalid JSON received.');
  }
}

async function loadYaml(text: string | Uint8Array): Promise<PyValue> {
  const { parseYamlInput } = await import('./yaml-input.js');
  try {
    const source = typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
    return parseYamlInput(source);
  } catch {
    throw new ParamError('cli-input-yaml', 'Invalid YAML received.');
  }
}
