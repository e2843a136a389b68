/**
 * The backend for a `file:` endpoint: the bundled local store. It speaks
 * the same wire JSON as the service, so the CLI reads its answers exactly
 * as it reads AWS's. Nothing of the AWS SDK is loaded on this path.
 */
import type { Backend } from './backend.js';
import type { DebugLog } from '../debug.js';
import { parseJson } from '../value/json.js';
import { type PyDict, type PyValue, toPlain } from '../value/model.js';

export class LocalBackend implements Backend {
  constructor(
    private readonly dir: string,
    private readonly region: string,
    private readonly wire: (params: PyDict) => PyValue,
    private readonly debug: DebugLog,
  ) {}

  async call(operation: string, params: PyDict): Promise<PyValue> {
    const { openStore } = await import('../store/index.js');
    this.debug.log('update-secret.local', `Calling ${operation} on the local store at ${this.dir} (region ${this.region})`);
    const store = openStore(this.dir, { region: this.region });
    const response = await store.handle(operation, toPlain(this.wire(params)) as Record<string, unknown>);
    return parseJson(JSON.stringify(response));
  }
}
