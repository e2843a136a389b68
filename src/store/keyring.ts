/**
 * The local key ring standing in for KMS: keys with an id, ARN, aliases,
 * 32 bytes of material and a state, kept in the store (mode 0600) as
 * compare-and-swap revisions. `alias/aws/secretsmanager` is created on first
 * use. Keys are never deleted, so every wrapped data key stays openable.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DamagedStoreError } from './errors.js';
import { ensureDir, removeDeadTemps } from './fsx.js';
import type { Layout } from './layout.js';
import { commitRevision, readLatest, type Base } from './revisions.js';

export const DEFAULT_ALIAS = 'alias/aws/secretsmanager';
const DEFAULT_DESCRIPTION = 'Default key that protects my Secrets Manager data when no other key is defined';

export type KeyState = 'Enabled' | 'Disabled';

export interface KeyTag {
  TagKey: string;
  TagValue: string;
}

export interface KeyEntry {
  id: string;
  arn: string;
  aliases: string[];
  material: string;
  state: KeyState;
  created: number;
  description: string;
  managed: boolean;
  tags: KeyTag[];
}

export interface NewKey {
  description: string;
  alias?: string;
  tags: KeyTag[];
}

export class KeyRing {
  private snapshot: (Base & { keys: KeyEntry[] }) | undefined;

  constructor(
    private readonly layout: Layout,
    /** `arn:<partition>:kms:<region>:<account>:` */
    readonly arnPrefix: string,
    private readonly now: () => number,
  ) {}

  keys(): readonly KeyEntry[] {
    return this.load().keys;
  }

  /** What a key id, key ARN, `alias/<name>` or alias ARN names. */
  parseRef(ref: string): { alias: string } | { id: string } {
    const local = ref.startsWith(this.arnPrefix) ? ref.slice(this.arnPrefix.length) : ref;
    if (local.startsWith('alias/')) return { alias: local };
    return { id: local.startsWith('key/') ? local.slice(4) : local };
  }

  /** Finds a key by key id, key ARN, `alias/<name>` or alias ARN. */
  find(ref: string): KeyEntry | undefined {
    const named = this.parseRef(ref);
    return 'alias' in named ? this.keys().find((k) => k.aliases.includes(named.alias)) : this.keys().find((k) => k.id === named.id);
  }

  /** Like `find`, but naming the AWS managed key creates it on first use. */
  resolve(ref: string): KeyEntry | undefined {
    const named = ref === DEFAULT_ALIAS || ref === this.aliasArn(DEFAULT_ALIAS);
    return this.find(ref) ?? (named ? this.defaultKey() : undefined);
  }

  aliasArn(alias: string): string {
    return `${this.arnPrefix}${alias}`;
  }

  defaultKey(): KeyEntry {
    const existing = this.find(DEFAULT_ALIAS);
    if (existing) return existing;
    this.update((keys) => this.addKey(keys, { description: DEFAULT_DESCRIPTION, alias: DEFAULT_ALIAS, tags: [] }, true) !== undefined);
    return this.find(DEFAULT_ALIAS)!;
  }

  /** The new key, or undefined when its alias is taken. */
  create(spec: NewKey): KeyEntry | undefined {
    let created: KeyEntry | undefined;
    this.update((keys) => {
      created = this.addKey(keys, spec, false);
      return created !== undefined;
    });
    return created;
  }

  setState(id: string, state: KeyState): void {
    this.update((keys) => {
      const entry = keys.find((k) => k.id === id);
      if (entry) entry.state = state;
      return entry !== undefined;
    });
  }

  material(key: KeyEntry): Buffer {
    return Buffer.from(key.material, 'base64');
  }

  private addKey(keys: KeyEntry[], spec: NewKey, managed: boolean): KeyEntry | undefined {
    // Another writer may have created the default key or taken the alias meanwhile.
    if (spec.alias && keys.some((k) => k.aliases.includes(spec.alias!))) return undefined;
    const id = randomUUID();
    const entry: KeyEntry = {
      id,
      arn: `${this.arnPrefix}key/${id}`,
      aliases: spec.alias ? [spec.alias] : [],
      material: randomBytes(32).toString('base64'),
      state: 'Enabled',
      created: this.now(),
      description: spec.description,
      managed,
      tags: spec.tags,
    };
    keys.push(entry);
    return entry;
  }

  /**
   * Applies `change` to the newest key list and commits it when it reports a
   * change, starting again from the newer list whenever another writer
   * committed first.
   */
  private update(change: (keys: KeyEntry[]) => boolean): void {
    ensureDir(this.layout.keysDir);
    ensureDir(this.layout.keysTempDir);
    removeDeadTemps(this.layout.keysTempDir);
    for (;;) {
      const current = this.load(true);
      const keys = current.keys.map((k) => ({ ...k, aliases: [...k.aliases] }));
      if (!change(keys)) return;
      const id = commitRevision(this.layout.keysDir, this.layout.keysTempDir, current, { keys });
      if (id !== undefined) {
        this.snapshot = { rev: current.rev + 1, id, keys };
        return;
      }
    }
  }

  private load(fresh = false): Base & { keys: KeyEntry[] } {
    if (this.snapshot && !fresh) return this.snapshot;
    const latest = readLatest(this.layout.keysDir, true);
    const keys = latest ? parseKeys(latest.file, latest.body.keys) : [];
    this.snapshot = { rev: latest?.rev ?? 0, ...(latest?.id ? { id: latest.id } : {}), keys };
    return this.snapshot;
  }
}

function parseKeys(file: string, value: unknown): KeyEntry[] {
  if (!Array.isArray(value)) throw new DamagedStoreError(file, 'it has no key list');
  return value.map((raw: Partial<KeyEntry>) => {
    const ok =
      typeof raw === 'object' &&
      raw !== null &&
      typeof raw.id === 'string' &&
      typeof raw.arn === 'string' &&
      Array.isArray(raw.aliases) &&
      typeof raw.material === 'string' &&
      Buffer.from(raw.material, 'base64').length === 32 &&
      (raw.state === 'Enabled' || raw.state === 'Disabled') &&
      typeof raw.created === 'number';
    if (!ok) throw new DamagedStoreError(file, 'a key entry is incomplete');
    return { description: '', managed: false, tags: [], ...raw } as KeyEntry;
  });
}
