/**
 * Every failure the CLI reports is one of these classes; each carries the
 * exit code aws-cli uses for it and, where aws-cli has one, the error code
 * shown by `--cli-error-format` ("An error occurred (<Code>): ...").
 */

export const EXIT_CODES = {
  ok: 0,
  /** usage errors, client-side validation, parameter files, --query syntax */
  paramValidation: 252,
  /** no region, no credentials, the pager cannot start */
  configuration: 253,
  /** an error response from the service */
  service: 254,
  /** everything else */
  general: 255,
  /** SIGINT */
  interrupted: 130,
} as const;

export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  /** The code structured error formats show; undefined for plain errors. */
  readonly code: string | undefined = undefined;
}

/** Client-side validation of parameters and their loading (252). */
export class ParamValidationError extends CliError {
  readonly exitCode = EXIT_CODES.paramValidation;
  override readonly code = 'ParamValidation';
}

/**
 * An argument-parsing error (argparse's `error()`): the message is followed
 * by the usage block when it is printed.
 */
export class UsageError extends ParamValidationError {
  override name = 'UsageError';
}

/** Leftover arguments: printed after the usage block, never structured. */
export class UnknownOptionsError extends CliError {
  readonly exitCode = EXIT_CODES.paramValidation;
  constructor(readonly leftovers: string[]) {
    super(`Unknown options: ${leftovers.join(', ')}`);
  }
}

/** A configuration problem aws-cli reports with exit code 253. */
export class ConfigurationError extends CliError {
  readonly exitCode = EXIT_CODES.configuration;
  constructor(
    message: string,
    override readonly code: 'Configuration' | 'NoRegion' | 'NoCredentials' | 'Pager' = 'Configuration',
  ) {
    super(message);
  }
}

/** An error response from Secrets Manager, or from the local store (254). */
export class ServiceError extends CliError {
  readonly exitCode = EXIT_CODES.service;
  override readonly code: string;
  /** Set by the CLI once it knows the operation and how many retries ran. */
  operation = '';
  retriesExhausted: number | undefined = undefined;

  /** The error object structured formats print, in botocore's key order. */
  readonly info: ReadonlyMap<string, string>;

  constructor(code: string, message: string, readonly httpStatus = 400, info?: ReadonlyMap<string, string>) {
    super(message);
    this.code = code;
    this.info = info ?? new Map([['Message', message], ['Code', code]]);
  }

  /** botocore's ClientError text. */
  describe(): string {
    const retries = this.retriesExhausted === undefined ? '' : ` (reached max retries: ${this.retriesExhausted})`;
    return `An error occurred (${this.code}) when calling the ${this.operation} operation${retries}: ${this.message}`;
  }
}

/** Anything else: printed as a bare message with exit code 255. */
export class GeneralError extends CliError {
  readonly exitCode = EXIT_CODES.general;
}

/**
 * An exception Python itself would raise inside aws-cli (a TypeError from
 * a formatter handed an odd --query result, a ValueError from int()),
 * which aws-cli prints as its bare text with exit code 255.
 */
export class PythonError extends GeneralError {
  /** What a formatter wrote before Python raised (text and JSON write as they go). */
  written: string[] = [];

  constructor(
    readonly pyType: 'ValueError' | 'TypeError' | 'AttributeError' | 'IndexError',
    message: string,
  ) {
    super(message);
  }
}

/** SIGINT (or Ctrl-C at a prompt). */
export class InterruptedError extends CliError {
  readonly exitCode = EXIT_CODES.interrupted;
  constructor() {
    super('interrupted');
  }
}
