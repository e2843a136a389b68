/**
 * The contract suite's one seam: `send(operation, input)` answers with the
 * wire body or the service error, whichever backend is behind it. Each
 * scenario is written once and runs on:
 *
 * - `store`: the local store, in process (`store.handle`), in a fresh temp dir;
 * - `moto`: moto_server 5.2.1 over HTTP (JSON 1.1);
 * - `store via LocalBackend` and `moto via the SDK backend`: the same, except
 *   that UpdateSecret goes through the product's own backends
 *   (src/backends/local.ts, src/backends/aws), the code path the CLI uses.
 *
 * Scenarios assert the spec (real AWS). Where service-semantics §10 documents
 * that moto deviates, `expectFor` picks moto's documented behaviour for the
 * moto runs, so the suite shows exactly where the store is more faithful.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { secretsManagerShapes } from '../../src/api/shapes.js';
import type { Backend as ProductBackend } from '../../src/backends/backend.js';
import { createAwsBackend } from '../../src/backends/aws/index.js';
import { parseEndpoint } from '../../src/backends/aws/endpoint.js';
import { LocalBackend } from '../../src/backends/local.js';
import { SILENT } from '../../src/debug.js';
import { ServiceError } from '../../src/errors.js';
import { redact } from '../../src/params/redact.js';
import { wireParams } from '../../src/params/wire.js';
import { openStore, type SecretStore, type StoreOptions } from '../../src/store/index.js';
import { fromPlain, toPlain, type PyDict } from '../../src/value/model.js';
import { MOTO, startMoto, type Moto } from '../support/moto.js';

export type Body = Record<string, unknown>;

export interface Failure {
  code: string;
  message: string;
  status: number;
}

export type Outcome = { ok: true; body: Body } | { ok: false; error: Failure };

/** Whose semantics a backend has: the store's (the spec's) or moto's. */
export type Flavour = 'store' | 'moto';

export type Kind = 'store' | 'moto' | 'store via LocalBackend' | 'moto via the SDK backend';

/** Every operation through the raw backends. */
export const RAW: readonly Kind[] = ['store', 'moto'];
/** UpdateSecret scenarios also run through the CLI's backends. */
export const ALL: readonly Kind[] = ['store', 'moto', 'store via LocalBackend', 'moto via the SDK backend'];
/** Rules that need a movable clock (§4 purge, §5 retention) or the store's options. */
export const STORE_ONLY: readonly Kind[] = ['store'];

export const REGION = 'us-east-1';
export const ARN_PREFIX = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:';
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** A VersionId-shaped token (36 chars, like the SDKs' UUIDs) numbered `n`. */
export const tok = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const b64 = (data: string | Uint8Array): string => Buffer.from(data).toString('base64');

export interface Backend {
  readonly kind: Kind;
  readonly flavour: Flavour;
  /** The operation's outcome, success or service error. */
  send(operation: string, input?: Body): Promise<Outcome>;
  /** The response body; fails the test on a service error. */
  call(operation: string, input?: Body): Promise<Body>;
  /** The service error; fails the test when the call succeeds. */
  fail(operation: string, input?: Body): Promise<Failure>;
  /** Moves the store's clock forward. moto's clock cannot move (and keeps every version anyway, §10 row 9). */
  advance(ms: number): void;
}

/**
 * The expectation for this backend: the spec's for the store; for moto, its
 * measured deviation, which the caller names (the §10 row, or "not in §10").
 */
export function expectFor<S, M>(b: Backend, expected: { store: S; moto: M }): S | M {
  return b.flavour === 'store' ? expected.store : expected.moto;
}

// One moto_server per test file (the suite is one file), shared by the moto-flavoured backends and reset before each test.
let motoServer: Promise<Moto> | undefined;
export const sharedMoto = (): Promise<Moto> => (motoServer ??= startMoto());
afterAll(async () => {
  if (motoServer) await (await motoServer).stop();
});

const updateSecretInput = secretsManagerShapes.shape(secretsManagerShapes.operation('UpdateSecret').input);
const wire = (params: PyDict) => wireParams(secretsManagerShapes, params, updateSecretInput);

/** UpdateSecret's wire input as the CLI hands it to a backend: blobs as bytes. */
function cliParams(input: Body): PyDict {
  const params = { ...input };
  if (typeof params.SecretBinary === 'string') params.SecretBinary = new Uint8Array(Buffer.from(params.SecretBinary, 'base64'));
  return fromPlain(params) as PyDict;
}

async function viaProduct(backend: ProductBackend, input: Body): Promise<Outcome> {
  try {
    return { ok: true, body: toPlain(await backend.call('UpdateSecret', cliParams(input))) as Body };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, status: error.httpStatus } };
    throw error;
  }
}

/**
 * botocore's reading of an error answer: the code is `__type` without a
 * namespace, else the status; the message is `message` or `Message`, and a
 * body that is not JSON (moto's HTML pages, §10 row 30) is the message itself.
 */
function motoFailure(status: number, text: string): Failure {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { message: text };
  }
  const code = typeof body.__type === 'string' ? body.__type.replace(/:.*$/, '').replace(/^.*#/, '') : String(status);
  return { code, message: String(body.message ?? body.Message ?? ''), status };
}

const KEY_RING = new Set(['CreateKey', 'ListKeys', 'DisableKey', 'EnableKey']);

async function motoSend(moto: Moto, operation: string, input: Body): Promise<Outcome> {
  if (KEY_RING.has(operation)) return kmsSend(moto, operation, input);
  const r = await moto.send(`secretsmanager.${operation}`, input);
  if (r.status >= 300) return { ok: false, error: motoFailure(r.status, r.text) };
  return { ok: true, body: (r.text ? JSON.parse(r.text) : {}) as Body };
}

/** The store's key-ring operations are KMS's; moto serves KMS on the same port. */
async function kmsSend(moto: Moto, operation: string, input: Body): Promise<Outcome> {
  const { Alias, ...rest } = input;
  const r = await moto.send(`TrentService.${operation}`, rest, 'kms');
  if (r.status >= 300) return { ok: false, error: motoFailure(r.status, r.text) };
  const body = (r.text && r.text !== 'null' ? JSON.parse(r.text) : {}) as Body;
  if (operation === 'CreateKey' && typeof Alias === 'string') {
    const keyId = (body.KeyMetadata as Body).KeyId;
    const alias = await moto.send('TrentService.CreateAlias', { AliasName: Alias, TargetKeyId: keyId }, 'kms');
    if (alias.status >= 300) return { ok: false, error: motoFailure(alias.status, alias.text) };
  }
  return { ok: true, body };
}

class ContractBackend implements Backend {
  readonly flavour: Flavour;
  private skew = 0;
  private store: SecretStore | undefined;
  private moto: Moto | undefined;
  private product: ProductBackend | undefined;
  private readonly dirs: string[] = [];

  constructor(
    readonly kind: Kind,
    private readonly storeOptions: Partial<StoreOptions> = {},
  ) {
    this.flavour = kind.startsWith('moto') ? 'moto' : 'store';
  }

  async start(): Promise<void> {
    if (this.flavour === 'store') return;
    this.moto = await sharedMoto();
    if (this.kind === 'moto via the SDK backend') {
      this.product = await createAwsBackend({
        region: REGION,
        // No proxy variables: moto is on the loopback interface.
        env: {},
        endpoint: { url: this.moto.endpoint, ...parseEndpoint(this.moto.endpoint) },
        signRequest: true,
        credentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
        verify: true,
        caBundle: undefined,
        connectTimeout: undefined,
        readTimeout: undefined,
        // One attempt: moto's HTML 500s (§10 row 30) must show, not be retried.
        maxAttempts: 1,
        useFips: false,
        useDualstack: false,
        wireParams: wire,
        redactedParams: (params) => redact(secretsManagerShapes, params, updateSecretInput),
        debug: SILENT,
        warn: () => {},
      });
    }
  }

  async reset(): Promise<void> {
    if (this.moto) {
      await this.moto.reset();
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-'));
    this.dirs.push(dir);
    this.skew = 0;
    // Never on a whole second, so the millisecond fraction of §9 always shows.
    const now = () => {
      const t = Date.now() + this.skew;
      return t % 1000 === 0 ? t + 1 : t;
    };
    this.store = openStore(dir, { region: REGION, clock: { now }, ...this.storeOptions });
    if (this.kind === 'store via LocalBackend') this.product = new LocalBackend(dir, REGION, wire, SILENT);
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  }

  advance(ms: number): void {
    this.skew += ms;
  }

  async send(operation: string, input: Body = {}): Promise<Outcome> {
    if (operation === 'UpdateSecret' && this.product) return viaProduct(this.product, input);
    if (this.moto) return motoSend(this.moto, operation, input);
    try {
      // Through JSON, as on the wire: undefined members vanish, and nothing else may.
      return { ok: true, body: JSON.parse(JSON.stringify(await this.store!.handle(operation, input))) as Body };
    } catch (error) {
      if (error instanceof ServiceError) return { ok: false, error: { code: error.code, message: error.message, status: error.httpStatus } };
      throw error;
    }
  }

  async call(operation: string, input: Body = {}): Promise<Body> {
    const out = await this.send(operation, input);
    if (!out.ok) throw new Error(`${operation} failed on ${this.kind}: ${out.error.code}: ${out.error.message}`);
    return out.body;
  }

  async fail(operation: string, input: Body = {}): Promise<Failure> {
    const out = await this.send(operation, input);
    if (out.ok) throw new Error(`${operation} succeeded on ${this.kind} but was expected to fail: ${JSON.stringify(out.body)}`);
    return out.error;
  }
}

/**
 * Runs `suite` once per backend kind, each in its own describe block named
 * after the kind. moto kinds skip (loudly, see test/support/moto.ts) when
 * moto_server is missing, except under CI=true.
 */
export function forEachBackend(kinds: readonly Kind[], suite: (b: Backend) => void, storeOptions: Partial<StoreOptions> = {}): void {
  for (const kind of kinds) {
    const options = Object.entries(storeOptions).map(([k, v]) => `, ${k}: ${String(v)}`).join('');
    describe.skipIf(kind.startsWith('moto') && !MOTO)(`${kind}${options}`, () => {
      const backend = new ContractBackend(kind, storeOptions);
      beforeAll(() => backend.start());
      beforeEach(async () => {
        backend.cleanup();
        await backend.reset();
      });
      afterAll(() => backend.cleanup());
      suite(backend);
    });
  }
}

/* ---- scenario helpers, written against the Backend interface ---- */

/** Creates `name` with a first version `value` (token `token`), or without a value for null; returns its ARN. */
export async function create(b: Backend, name: string, value: string | null = 'v1', token = tok(1)): Promise<string> {
  const input: Body = { Name: name };
  if (value !== null) Object.assign(input, { SecretString: value, ClientRequestToken: token });
  return (await b.call('CreateSecret', input)).ARN as string;
}

export async function update(b: Backend, name: string, value: string, token: string): Promise<Body> {
  return b.call('UpdateSecret', { SecretId: name, SecretString: value, ClientRequestToken: token });
}

/** The labelled versions and their labels (sorted), from DescribeSecret, ignoring moto's `[]` entries (§10 row 7). */
export async function labels(b: Backend, secretId: string): Promise<Record<string, string[]>> {
  const map = ((await b.call('DescribeSecret', { SecretId: secretId })).VersionIdsToStages ?? {}) as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(map)
      .filter(([, stages]) => stages.length > 0)
      .map(([vid, stages]) => [vid, [...stages].sort()]),
  );
}

export interface ListedVersion {
  VersionId: string;
  VersionStages?: string[];
  CreatedDate?: number;
  LastAccessedDate?: number;
  KmsKeyIds?: string[];
}

/** ListSecretVersionIds' versions, every page. */
export async function listed(b: Backend, secretId: string, includeDeprecated = false): Promise<ListedVersion[]> {
  const versions: ListedVersion[] = [];
  let next: unknown;
  do {
    const page = await b.call('ListSecretVersionIds', { SecretId: secretId, IncludeDeprecated: includeDeprecated, ...(next ? { NextToken: next } : {}) });
    versions.push(...(page.Versions as ListedVersion[]));
    // moto sends NextToken "" on the last page (§10 row 8).
    next = page.NextToken || undefined;
  } while (next !== undefined);
  return versions;
}

export async function valueOf(b: Backend, secretId: string, selector: Body = {}): Promise<unknown> {
  return (await b.call('GetSecretValue', { SecretId: secretId, ...selector })).SecretString;
}
