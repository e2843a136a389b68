/**
 * `--generate-cli-skeleton`: botocore's ArgumentGenerator for the JSON
 * templates (empty strings, 0, true, null for blobs, one element per list,
 * a random value of an enum), and the commented YAML that aws-cli's
 * YAMLArgumentGenerator prints through ruamel for `yaml-input`.
 */
import type { MemberRef, Shape, ShapeResolver } from '../api/shapes.js';
import type { PyDict, PyValue } from '../value/model.js';

export interface SkeletonOptions {
  /** Fill strings with their member names (the sample response of `output`). */
  memberNames?: boolean;
  /** Picks one enum value; aws-cli uses random.choice. */
  pick?: (values: readonly string[]) => string;
}

const randomPick = (values: readonly string[]): string => values[Math.floor(Math.random() * values.length)]!;

export function generateSkeleton(resolver: ShapeResolver, shapeName: string, options: SkeletonOptions = {}): PyValue {
  const pick = options.pick ?? randomPick;
  const stack: string[] = [];
  const generate = (name: string, shape: Shape, memberName: string): PyValue => {
    stack.push(name);
    try {
      switch (shape.type) {
        case 'structure': {
          if (stack.filter((s) => s === name).length > 1) return new Map();
          const out: PyDict = new Map();
          for (const [member, ref] of Object.entries(shape.members ?? {})) {
            out.set(member, generate(ref.shape, resolver.shape(ref.shape), member));
          }
          return out;
        }
        case 'list':
          return [generate(shape.member!, resolver.shape(shape.member!), options.memberNames ? shape.member! : '')];
        case 'map':
          return new Map([['KeyName', generate(shape.value!, resolver.shape(shape.value!), '')]]);
        case 'string':
          if (options.memberNames) return memberName;
          return shape.enum ? pick(shape.enum) : '';
        case 'integer':
        case 'long':
          return 0n;
        case 'float':
        case 'double':
          return 0;
        case 'boolean':
          return true;
        case 'timestamp':
          return '1970-01-01T00:00:00';
        default:
          return null;
      }
    } finally {
      stack.pop();
    }
  };
  return generate(shapeName, resolver.shape(shapeName), '');
}

/** The yaml-input template with aws-cli's end-of-line comments. */
export function generateYamlSkeleton(resolver: ShapeResolver, shapeName: string, pick = randomPick): string {
  const lines: string[] = [];

  const scalar = (shape: Shape): string => {
    switch (shape.type) {
      case 'string':
        return shape.enum ? pick(shape.enum) : "''";
      case 'integer':
      case 'long':
        return '0';
      case 'float':
      case 'double':
        return '0.0';
      case 'boolean':
        return 'true';
      case 'blob':
        return "!!binary ''";
      case 'timestamp':
        return '1970-01-01 00:00:00';
      default:
        return "''";
    }
  };

  const comment = (ref: MemberRef, shape: Shape, required: boolean): string => {
    const parts: string[] = [];
    if (required) parts.push('[REQUIRED]');
    parts.push(ref.overview);
    if (shape.enum) parts.push(`Valid values are: ${shape.enum.join(', ')}.`);
    const text = parts.join(' ');
    return text.trim() ? `# ${text}` : '';
  };

  const stack: string[] = [];
  const mapping = (name: string, shape: Shape, indent: number, firstPrefix: string): void => {
    if (stack.includes(name)) {
      lines.push(`${firstPrefix}{}`);
      return;
    }
    stack.push(name);
    const required = new Set(shape.required ?? []);
    Object.entries(shape.members ?? {}).forEach(([member, ref], index) => {
      const memberShape = resolver.shape(ref.shape);
      const prefix = index === 0 ? firstPrefix : ' '.repeat(indent);
      const note = comment(ref, memberShape, required.has(member));
      if (memberShape.type === 'list') {
        lines.push(`${prefix}${member}:${note ? ` ${note}` : ''}`);
        sequence(memberShape, indent);
      } else if (memberShape.type === 'structure' || memberShape.type === 'map') {
        lines.push(`${prefix}${member}:${note ? ` ${note}` : ''}`);
        if (memberShape.type === 'structure') mapping(ref.shape, memberShape, indent + 2, ' '.repeat(indent + 2));
        else lines.push(`${' '.repeat(indent + 2)}KeyName: ${scalar(resolver.shape(memberShape.value!))}`);
      } else {
        const gap = index === 0 ? '  ' : ' ';
        lines.push(`${prefix}${member}: ${scalar(memberShape)}${note ? `${gap}${note}` : ''}`);
      }
    });
    stack.pop();
  };

  const sequence = (shape: Shape, indent: number): void => {
    const member = resolver.shape(shape.member!);
    const pad = ' '.repeat(indent);
    if (member.type === 'structure') mapping(shape.member!, member, indent + 2, `${pad}- `);
    else if (member.type === 'list') {
      lines.push(`${pad}- []`);
    } else lines.push(`${pad}- ${scalar(member)}`);
  };

  mapping(shapeName, resolver.shape(shapeName), 0, '');
  return lines.map((line) => `${line}\n`).join('');
}
