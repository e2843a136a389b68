/**
 * Where each setting comes from, in aws-cli 2.36.7's order of precedence:
 * the command line, then environment variables, then the profile, then the
 * default. Each getter reads lazily, so an invocation that never needs the
 * profile never fails on a bad one.
 */
import type { GlobalArgs } from '../cli/globals.js';
import { ConfigurationError, GeneralError } from '../errors.js';
import { strRepr } from '../value/repr.js';
import { pyIntOrError } from '../value/numbers.js';
import { ERROR_FORMATS } from '../cli/global-options.js';
import type { Env } from './paths.js';
import type { SharedConfig } from './profiles.js';

/** botocore's service id for the endpoint settings of Secrets Manager. */
const SERVICE_ID = 'secrets_manager';

export type EndpointSource = 'command line' | 'environment' | 'config file';

/** `on` always prompts, `on-partial` only when the command fails on its parameters. */
export type PromptMode = 'on' | 'on-partial' | 'off';

/** Python's `int(text)` of a setting, with its ValueError text (uncaught in aws-cli: exit 255). */
export function pyInt(text: string): number {
  const value = pyIntOrError(text);
  if (typeof value === 'string') throw new GeneralError(value);
  return Number(value);
}

function isTrue(value: string | undefined): boolean {
  return value?.toLowerCase() === 'true';
}

export class Settings {
  constructor(
    readonly globals: GlobalArgs,
    readonly env: Env,
    readonly config: SharedConfig,
  ) {}

  /** The region, or undefined when none is configured anywhere. */
  region(): string | undefined {
    return this.globals.region ?? this.env.AWS_REGION ?? this.env.AWS_DEFAULT_REGION ?? this.config.get('region');
  }

  /** The output format name; validated only when a response is printed. */
  output(): string {
    return this.globals.output ?? this.env.AWS_DEFAULT_OUTPUT ?? this.config.get('output') ?? 'json';
  }

  endpoint(): { url: string; source: EndpointSource } | undefined {
    if (this.globals.endpointUrl !== undefined) return { url: this.globals.endpointUrl, source: 'command line' };
    const ignore = this.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? this.config.get('ignore_configured_endpoint_urls');
    if (isTrue(ignore)) return undefined;
    const fromEnv = this.env[`AWS_ENDPOINT_URL_${SERVICE_ID.toUpperCase()}`] || this.env.AWS_ENDPOINT_URL;
    if (fromEnv) return { url: fromEnv, source: 'environment' };
    const servicesName = this.config.get('services');
    if (servicesName !== undefined) {
      if (!this.config.hasServices(servicesName)) {
        throw new GeneralError(
          `The profile is configured to use the services section but the "${servicesName}" services configuration does not exist.`,
        );
      }
      const fromServices = this.config.serviceSetting(SERVICE_ID, 'endpoint_url', servicesName);
      if (fromServices) return { url: fromServices, source: 'config file' };
    }
    const fromProfile = this.config.get('endpoint_url');
    return fromProfile ? { url: fromProfile, source: 'config file' } : undefined;
  }

  /** The pager command; '' means no pager. */
  pager(): string {
    if (this.globals.noCliPager) return '';
    return this.env.AWS_PAGER ?? this.config.get('cli_pager') ?? this.env.PAGER ?? 'less';
  }

  /** A profile setting aws-cli reads leniently: a missing profile (or unreadable file) means unset. */
  private lenientGet(key: string): string | undefined {
    try {
      return this.config.get(key);
    } catch {
      return undefined;
    }
  }

  binaryFormat(): 'base64' | 'raw-in-base64-out' {
    if (this.globals.binaryFormat) return this.globals.binaryFormat;
    const configured = this.lenientGet('cli_binary_format');
    if (configured === undefined) return 'base64';
    if (configured === 'base64' || configured === 'raw-in-base64-out') return configured;
    throw new GeneralError(strRepr(configured)); // aws-cli's bare KeyError
  }

  /** The structured error format, lower-cased; invalid values mean enhanced. */
  errorFormat(): string {
    let value = this.globals.errorFormat ?? this.env.AWS_CLI_ERROR_FORMAT;
    if (value === undefined) {
      try {
        value = this.config.get('cli_error_format');
      } catch {
        // aws-cli's lookup raises here (a missing --profile); its handler gives
        // up on the structured output and prints the bare message: legacy.
        return 'legacy';
      }
    }
    const format = (value || 'enhanced').toLowerCase();
    return (ERROR_FORMATS as readonly string[]).includes(format) ? format : 'enhanced';
  }

  caBundle(): string | undefined {
    return this.globals.caBundle ?? this.env.AWS_CA_BUNDLE ?? this.config.get('ca_bundle');
  }

  retryMode(): 'standard' | 'adaptive' {
    const mode = this.env.AWS_RETRY_MODE ?? this.config.get('retry_mode') ?? 'standard';
    if (mode === 'standard' || mode === 'adaptive') return mode;
    throw new GeneralError(`Invalid value provided to "mode": "${mode}" must be one of: "standard" or "adaptive"`);
  }

  maxAttempts(): number {
    const raw = this.env.AWS_MAX_ATTEMPTS ?? this.config.get('max_attempts');
    if (raw === undefined) return 3;
    const attempts = pyInt(raw);
    if (attempts < 1) {
      throw new GeneralError(`Value provided to "max_attempts": ${attempts} must be an integer greater than or equal to one.`);
    }
    return attempts;
  }

  timestampFormat(): 'iso8601' | 'wire' {
    const format = this.lenientGet('cli_timestamp_format') ?? 'iso8601';
    if (format === 'iso8601' || format === 'wire') return format;
    throw new ConfigurationError(`Unknown cli_timestamp_format value: ${format}, valid values are "wire" or "iso8601"`);
  }

  /**
   * The auto-prompt mode: `--cli-auto-prompt` or `--no-cli-auto-prompt`
   * anywhere in argv (aws-cli looks at the raw arguments), else
   * AWS_CLI_AUTO_PROMPT, else the profile's `cli_auto_prompt`; any other
   * value means off.
   */
  promptMode(argv: readonly string[]): PromptMode {
    if (argv.includes('--cli-auto-prompt')) return 'on';
    if (argv.includes('--no-cli-auto-prompt')) return 'off';
    const configured = this.env.AWS_CLI_AUTO_PROMPT ?? this.lenientGet('cli_auto_prompt');
    return configured === 'on' || configured === 'on-partial' ? configured : 'off';
  }

  useFips(): boolean {
    return isTrue(this.env.AWS_USE_FIPS_ENDPOINT ?? this.config.get('use_fips_endpoint'));
  }

  useDualstack(): boolean {
    return isTrue(this.env.AWS_USE_DUALSTACK_ENDPOINT ?? this.config.get('use_dualstack_endpoint'));
  }
}
