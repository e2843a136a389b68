/**
 * The shared config and credentials files, and the profile a command runs
 * under, with botocore's rules: `[profile x]` sections (and `[default]`) in
 * the config file, plain sections in the credentials file, `[services x]`
 * sections for per-service settings, and an explicitly chosen profile that
 * must exist in one of the two files.
 */
import { readFileSync, statSync } from 'node:fs';
import { GeneralError } from '../errors.js';
import { type IniFile, type IniValue, parseIni } from './ini.js';
import { type Env, expandUser, expandVars } from './paths.js';
import { shlexSplit } from './shlex.js';

export type Section = ReadonlyMap<string, IniValue>;

function loadIni(path: string): IniFile {
  let text: string;
  try {
    if (!statSync(path).isFile()) return new Map();
    // UTF-8, not UTF-8-with-signature: a BOM stays and breaks the first line, as in Python.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) throw new GeneralError(`Unable to parse config file: ${path}`);
    return new Map(); // missing or unreadable: botocore treats it as empty
  }
  try {
    return parseIni(text);
  } catch {
    throw new GeneralError(`Unable to parse config file: ${path}`);
  }
}

/** botocore's shlex.split of a section header; an unsplittable header is skipped. */
function splitHeader(header: string): string[] | undefined {
  try {
    return shlexSplit(header);
  } catch {
    return undefined;
  }
}

export class SharedConfig {
  private profiles: Map<string, Map<string, IniValue>> | undefined;
  private services = new Map<string, Section>();

  constructor(
    private readonly env: Env,
    /** `--profile`, when given. */
    private readonly cliProfile: string | undefined,
  ) {}

  private path(variable: string, fallback: string): string {
    return expandUser(expandVars(this.env[variable] ?? fallback, this.env), this.env);
  }

  /** The profile in effect: `--profile`, AWS_DEFAULT_PROFILE, AWS_PROFILE, or none (default). */
  get profileName(): string | undefined {
    return this.cliProfile ?? this.env.AWS_DEFAULT_PROFILE ?? this.env.AWS_PROFILE;
  }

  private load(): Map<string, Map<string, IniValue>> {
    if (this.profiles) return this.profiles;
    const profiles = new Map<string, Map<string, IniValue>>();
    for (const [name, values] of loadIni(this.path('AWS_CONFIG_FILE', '~/.aws/config'))) {
      if (name.startsWith('profile') || name.startsWith('services')) {
        const parts = splitHeader(name);
        if (parts?.length !== 2) continue;
        if (name.startsWith('profile')) profiles.set(parts[1]!, new Map(values));
        else this.services.set(parts[1]!, values);
      } else if (name === 'default') profiles.set(name, new Map(values));
    }
    for (const [name, values] of loadIni(this.path('AWS_SHARED_CREDENTIALS_FILE', '~/.aws/credentials'))) {
      const existing = profiles.get(name);
      if (existing) for (const [k, v] of values) existing.set(k, v);
      else profiles.set(name, new Map(values));
    }
    this.profiles = profiles;
    return profiles;
  }

  /** Every profile name in either file, for shell completion. */
  profileNames(): string[] {
    return [...this.load().keys()];
  }

  /** The settings of the profile in effect; throws when a named profile is missing. */
  scoped(): Section {
    const profiles = this.load();
    const name = this.profileName;
    if (name === undefined) return profiles.get('default') ?? new Map();
    const profile = profiles.get(name);
    if (!profile) throw new GeneralError(`The config profile (${name}) could not be found`);
    return profile;
  }

  /** A string setting of the profile in effect. */
  get(key: string): string | undefined {
    const value = this.scoped().get(key);
    return typeof value === 'string' ? value : undefined;
  }

  /** Whether the named `[services x]` section exists with settings (botocore treats an empty one as missing). */
  hasServices(name: string): boolean {
    this.load();
    return (this.services.get(name)?.size ?? 0) > 0;
  }

  /**
   * A setting from the profile's `services` section for one service;
   * `sectionName` is the profile's `services` value, for a caller that has
   * read it already.
   */
  serviceSetting(service: string, key: string, sectionName = this.get('services')): string | undefined {
    if (sectionName === undefined) return undefined;
    this.load();
    const nested = this.services.get(sectionName)?.get(service);
    return typeof nested === 'object' ? nested[key] : undefined;
  }
}
