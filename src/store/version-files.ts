/**
 * The files of one secret's versions: value files (written once), markers of
 * deprecated versions, and last-read days. A value file that no committed
 * record refers to (a crashed or outraced writer's) is never returned: a
 * version is found only through the metadata record or its marker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DamagedStoreError } from './errors.js';
import { ensureDir, publish, publishNew, readStoreJson, removeQuietly } from './fsx.js';
import type { SecretPaths } from './layout.js';
import { parseMarker, parseValueFile, type Marker, type SecretMeta, type ValueFile, type VersionRef } from './records.js';

export interface VersionInfo extends VersionRef {
  vid: string;
  /** Empty for a deprecated version. */
  stages: string[];
}

export class VersionFiles {
  constructor(readonly paths: SecretPaths) {}

  /** Finds a version that exists in `meta`, labelled or deprecated. */
  find(meta: SecretMeta, vid: string): VersionInfo | undefined {
    const labelled = meta.versions[vid];
    if (labelled) return { vid, ...labelled };
    const marker = this.readMarker(meta.id, vid);
    return marker && this.isDeprecated(meta, marker) ? { ...marker, stages: [] } : undefined;
  }

  /**
   * A marker counts only for a version that is unlabelled, not removed by the
   * current revision, and whose value file still exists (a marker whose value
   * file is gone belongs to a version already removed).
   */
  private isDeprecated(meta: SecretMeta, marker: Marker): boolean {
    return (
      !meta.versions[marker.vid] &&
      !meta.collect?.some((c) => c.vid === marker.vid) &&
      fs.existsSync(this.paths.valueFile(meta.id, marker.seq))
    );
  }

  /** Every deprecated version of `meta`, in no particular order: a listing, so it reads the directory. */
  deprecated(meta: SecretMeta): VersionInfo[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.paths.versionsDir(meta.id));
    } catch {
      return [];
    }
    const found: VersionInfo[] = [];
    for (const name of names) {
      if (!name.startsWith('d')) continue;
      const file = path.join(this.paths.versionsDir(meta.id), name);
      const body = readStoreJson(file);
      const marker = body && parseMarker(file, body);
      if (marker && this.isDeprecated(meta, marker)) found.push({ ...marker, stages: [] });
    }
    return found;
  }

  readValue(incarnation: string, seq: number): ValueFile | undefined {
    const file = this.paths.valueFile(incarnation, seq);
    const body = readStoreJson(file);
    return body && parseValueFile(file, body);
  }

  /** The value file of a version the metadata says exists. */
  valueOf(meta: SecretMeta, version: VersionInfo): ValueFile {
    const file = this.paths.valueFile(meta.id, version.seq);
    const value = this.readValue(meta.id, version.seq);
    if (!value) throw new DamagedStoreError(file, `it is missing, yet version ${version.vid} refers to it`);
    if (value.vid !== version.vid) throw new DamagedStoreError(file, `it holds version ${value.vid}, not ${version.vid}`);
    return value;
  }

  /** Creates value file `seq`; false when that number is already taken. */
  writeValue(incarnation: string, value: ValueFile): boolean {
    ensureDir(this.paths.versionsDir(incarnation));
    return publishNew(this.paths.tempDir, this.paths.valueFile(incarnation, value.seq), JSON.stringify(value));
  }

  readMarker(incarnation: string, vid: string): Marker | undefined {
    const file = this.paths.markerFile(incarnation, vid);
    const body = readStoreJson(file);
    const marker = body && parseMarker(file, body);
    return marker?.vid === vid ? marker : undefined;
  }

  writeMarker(incarnation: string, marker: Marker): void {
    publish(this.paths.tempDir, this.paths.markerFile(incarnation, marker.vid), JSON.stringify(marker));
  }

  /** Deletes a removed version's files; its marker only if it still describes that version. */
  remove(incarnation: string, vid: string, seq: number): void {
    if (this.readMarkerQuietly(incarnation, vid)?.seq === seq) removeQuietly(this.paths.markerFile(incarnation, vid));
    removeQuietly(this.paths.valueFile(incarnation, seq));
    removeQuietly(this.paths.accessFile(incarnation, seq));
  }

  readAccess(incarnation: string, seq: number): number | undefined {
    const file = this.paths.accessFile(incarnation, seq);
    const day = readStoreJson(file)?.day;
    if (day !== undefined && typeof day !== 'number') throw new DamagedStoreError(file, 'it holds no date');
    return day;
  }

  writeAccess(incarnation: string, seq: number, day: number): void {
    publish(this.paths.tempDir, this.paths.accessFile(incarnation, seq), JSON.stringify({ day }));
  }

  private readMarkerQuietly(incarnation: string, vid: string): Marker | undefined {
    try {
      return this.readMarker(incarnation, vid);
    } catch {
      return undefined;
    }
  }
}
