/**
 * Typed access to the service model (model.json, extracted from botocore by
 * scripts/gen-model.py). Options, skeletons, validation, help and the man
 * page all read operation shapes from here.
 */
import model from './model.json' with { type: 'json' };
import localModel from './local-model.json' with { type: 'json' };

export interface MemberRef {
  readonly shape: string;
  readonly idempotencyToken?: boolean;
  /** aws-cli's one-sentence summary, printed in yaml-input skeletons. */
  readonly overview: string;
}

export interface Shape {
  readonly type: 'structure' | 'list' | 'map' | 'string' | 'blob' | 'boolean' | 'integer' | 'long' | 'timestamp' | 'double' | 'float';
  readonly min?: number;
  readonly max?: number;
  readonly sensitive?: boolean;
  readonly enum?: readonly string[];
  readonly required?: readonly string[];
  readonly members?: Readonly<Record<string, MemberRef>>;
  readonly member?: string;
  readonly key?: string;
  readonly value?: string;
  readonly exception?: boolean;
}

export interface OperationModel {
  readonly name: string;
  readonly input: string;
  readonly output: string | null;
  readonly errors: readonly string[];
}

export interface PaginatorConfig {
  readonly input_token: string;
  readonly output_token: string;
  readonly limit_key?: string;
  readonly result_key: string;
  readonly non_aggregate_keys?: readonly string[];
}

export interface ServiceModel {
  readonly operations: Readonly<Record<string, Omit<OperationModel, 'name'>>>;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly paginators?: Readonly<Record<string, PaginatorConfig>>;
}

export const SECRETS_MANAGER = model as unknown as ServiceModel & {
  readonly apiVersion: string;
  readonly targetPrefix: string;
  readonly signingName: string;
};

export class ShapeResolver {
  constructor(private readonly service: ServiceModel) {}

  operation(name: string): OperationModel {
    const op = this.service.operations[name];
    if (!op) throw new Error(`unknown operation ${name}`);
    return { name, ...op };
  }

  shape(name: string): Shape {
    const shape = this.service.shapes[name];
    if (!shape) throw new Error(`unknown shape ${name}`);
    return shape;
  }

  /** How aws-cli pages through the operation's results, when it does. */
  paginator(operation: string): PaginatorConfig | undefined {
    return this.service.paginators?.[operation];
  }

  /** The members of a structure shape, in model order. */
  members(shape: Shape): [string, MemberRef, Shape][] {
    return Object.entries(shape.members ?? {}).map(([name, ref]) => [name, ref, this.shape(ref.shape)]);
  }
}

export const secretsManagerShapes = new ShapeResolver(SECRETS_MANAGER);

/** The local store's key ring operations (KMS names), which only the store serves. */
export const keyRingShapes = new ShapeResolver(localModel as unknown as ServiceModel);
