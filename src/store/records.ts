/**
 * The records the store keeps, and their checks when read back. The metadata
 * record lists only labelled versions, so its size does not grow with the
 * number of deprecated versions.
 */
import { isSealed, type Sealed } from './crypto.js';
import { DamagedStoreError } from './errors.js';

/** A data key sealed under key-ring key `key`. */
export interface Wrap extends Sealed {
  key: string;
}

export interface VersionRef {
  seq: number;
  created: number;
  /** Set once the data key was re-wrapped under another key than the value file's own. */
  wrap?: Wrap;
}

export interface LabelledVersion extends VersionRef {
  stages: string[];
}

export interface Tag {
  Key: string;
  Value: string;
}

export interface SecretMeta {
  /** Directory of this incarnation's version files. */
  id: string;
  name: string;
  arn: string;
  description?: string;
  /** As the caller gave it; absent for the default key. */
  kmsKeyId?: string;
  tags?: Tag[];
  created: number;
  changed: number;
  /** Midnight UTC of the day of the last read. */
  accessed?: number;
  /** When the scheduled deletion takes effect. */
  deletion?: number;
  /** Labelled versions only, by VersionId. */
  versions: Record<string, LabelledVersion>;
  /** The next version file number; numbers are never reused. */
  nextSeq: number;
  /** Versions that exist, labelled or deprecated. */
  count: number;
  /** Retention bookkeeping (retention.ts). */
  gc: { cursor: number; at?: number };
  /** Versions this revision removed; their files are deleted before the next commit. */
  collect?: Array<{ vid: string; seq: number }>;
}

/** A version's encrypted value, written once. */
export interface ValueFile {
  vid: string;
  seq: number;
  created: number;
  kind: 'string' | 'binary';
  wrap: Wrap;
  value: Sealed;
}

/** Makes a deprecated version findable by its VersionId. */
export interface Marker extends VersionRef {
  vid: string;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isWrap = (v: unknown): v is Wrap => isSealed(v) && isStr((v as Wrap).key);

function isRef(v: unknown): v is VersionRef {
  const r = v as VersionRef;
  return typeof r === 'object' && r !== null && isNum(r.seq) && isNum(r.created) && (r.wrap === undefined || isWrap(r.wrap));
}

export function parseMeta(file: string, body: Record<string, unknown>): SecretMeta | undefined {
  const s = body.secret as SecretMeta | undefined;
  if (s === undefined) return undefined;
  const ok =
    typeof s === 'object' &&
    s !== null &&
    isStr(s.id) &&
    /^[0-9a-f]+$/.test(s.id) &&
    isStr(s.name) &&
    isStr(s.arn) &&
    isNum(s.created) &&
    isNum(s.changed) &&
    isNum(s.nextSeq) &&
    isNum(s.count) &&
    typeof s.gc === 'object' &&
    s.gc !== null &&
    isNum(s.gc.cursor) &&
    typeof s.versions === 'object' &&
    s.versions !== null &&
    Object.values(s.versions).every((v) => isRef(v) && Array.isArray(v.stages) && v.stages.every(isStr)) &&
    (s.tags === undefined || (Array.isArray(s.tags) && s.tags.every((t) => isStr(t?.Key) && isStr(t?.Value))));
  if (!ok) throw new DamagedStoreError(file, 'its metadata record is incomplete');
  return s;
}

export function parseValueFile(file: string, body: Record<string, unknown>): ValueFile {
  const v = body as unknown as ValueFile;
  const ok =
    isStr(v.vid) &&
    isNum(v.seq) &&
    isNum(v.created) &&
    (v.kind === 'string' || v.kind === 'binary') &&
    isWrap(v.wrap) &&
    isSealed(v.value);
  if (!ok) throw new DamagedStoreError(file, 'its version record is incomplete');
  return v;
}

export function parseMarker(file: string, body: Record<string, unknown>): Marker {
  if (!isRef(body) || !isStr(body.vid)) throw new DamagedStoreError(file, 'its deprecation marker is incomplete');
  return body as unknown as Marker;
}
