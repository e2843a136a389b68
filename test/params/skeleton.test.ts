/**
 * --generate-cli-skeleton against aws-cli's own generators, for every
 * operation of the model: test/params/fixtures.json, from
 * scripts/gen-params-fixtures.py (ArgumentGenerator + json.dump(indent=4),
 * YAMLArgumentGenerator through ruamel, ArgumentGenerator(use_member_names)
 * for `output`). aws-cli 2.36.7 picks enum values at random; both sides pin
 * the first or the last value.
 */
import { describe, expect, it } from 'vitest';
import { SECRETS_MANAGER, secretsManagerShapes } from '../../src/api/shapes.js';
import { generateSkeleton, generateYamlSkeleton } from '../../src/params/skeleton.js';
import { dumpJson } from '../../src/value/json.js';
import type { PyDict, PyValue } from '../../src/value/model.js';
import { fixtures } from './fixtures.js';

const first = (values: readonly string[]): string => values[0]!;
const last = (values: readonly string[]): string => values[values.length - 1]!;
const PICKS = { first, last } as const;

const operations = Object.entries(fixtures.skeletons);
const json = (shape: string, pick: (v: readonly string[]) => string): string =>
  `${dumpJson(generateSkeleton(secretsManagerShapes, shape, { pick }), { indent: 4 })}\n`;

describe('generateSkeleton (input) against aws-cli', () => {
  it('covers all twelve operations', () => {
    expect(operations.map(([name]) => name)).toEqual(Object.keys(SECRETS_MANAGER.operations));
    expect(operations).toHaveLength(12);
  });

  for (const which of ['first', 'last'] as const) {
    it.each(operations)(`prints the JSON input skeleton of %s (enum: ${which})`, (_name, fixture) => {
      expect(json(fixture.input, PICKS[which])).toBe(fixture[`json-${which}`]);
    });
  }
});

describe('generateYamlSkeleton against aws-cli', () => {
  for (const which of ['first', 'last'] as const) {
    it.each(operations)(`prints the yaml-input skeleton of %s (enum: ${which})`, (_name, fixture) => {
      expect(generateYamlSkeleton(secretsManagerShapes, fixture.input, PICKS[which])).toBe(fixture[`yaml-${which}`]);
    });
  }
});

describe('generateSkeleton (output sample) against aws-cli', () => {
  const withOutput = operations.filter(([, f]) => f.output !== undefined);

  it.each(withOutput)('fills the sample response of %s with member names', (_name, fixture) => {
    const value = generateSkeleton(secretsManagerShapes, fixture.output!, { memberNames: true, pick: first });
    expect(`${dumpJson(value, { indent: 4 })}\n`).toBe(fixture['output-json']);
  });
});

describe('generateSkeleton', () => {
  it('gives update-secret the 2.36.7 input skeleton, Type included', () => {
    expect(json('UpdateSecretRequest', first)).toBe(
      '{\n    "SecretId": "",\n    "ClientRequestToken": "",\n    "Description": "",\n    "KmsKeyId": "",\n' +
        '    "SecretBinary": null,\n    "SecretString": "",\n    "Type": ""\n}\n',
    );
  });

  it('uses 0 for integers, true for booleans, a 1970 timestamp, one list item and one KeyName map entry', () => {
    const list = generateSkeleton(secretsManagerShapes, 'ListSecretsRequest', { pick: first }) as PyDict;
    expect(list.get('MaxResults')).toBe(0n);
    expect(list.get('IncludePlannedDeletion')).toBe(true);
    expect(list.get('Filters')).toEqual([new Map<string, PyValue>([['Key', 'description'], ['Values', ['']]])]);
    const described = generateSkeleton(secretsManagerShapes, 'DescribeSecretResponse', { memberNames: true }) as PyDict;
    expect(described.get('CreatedDate')).toBe('1970-01-01T00:00:00');
    expect(described.get('VersionIdsToStages')).toEqual(new Map([['KeyName', ['SecretVersionStageType']]]));
  });

  it('asks pick for an enum value, and only for enums', () => {
    const asked: (readonly string[])[] = [];
    generateSkeleton(secretsManagerShapes, 'ListSecretsRequest', {
      pick: (values) => {
        asked.push(values);
        return values[1]!;
      },
    });
    expect(asked).toEqual([
      ['description', 'name', 'tag-key', 'tag-value', 'primary-region', 'owning-service', 'all'],
      ['asc', 'desc'],
      ['created-date', 'last-accessed-date', 'last-changed-date', 'name'],
    ]);
  });

  it('picks an enum value at random by default, always one of the choices', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      seen.add((generateSkeleton(secretsManagerShapes, 'ListSecretsRequest') as PyDict).get('SortOrder') as string);
    }
    expect([...seen].sort()).toEqual(['asc', 'desc']);
  });

  it('fills strings with member names, not enum values, for the output sample', () => {
    const value = generateSkeleton(secretsManagerShapes, 'ListSecretsRequest', { memberNames: true, pick: () => 'picked' }) as PyDict;
    expect(value.get('SortOrder')).toBe('SortOrder');
  });
});

describe('generateYamlSkeleton', () => {
  it('puts two spaces before the comment of the first member only', () => {
    const text = generateYamlSkeleton(secretsManagerShapes, 'UpdateSecretRequest', first);
    const lines = text.split('\n');
    expect(lines[0]).toBe("SecretId: ''  # [REQUIRED] The ARN or name of the secret.");
    expect(lines[1]!.startsWith("ClientRequestToken: '' # ")).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes blobs as !!binary and lists the enum values in the comment', () => {
    expect(generateYamlSkeleton(secretsManagerShapes, 'UpdateSecretRequest', first)).toContain("SecretBinary: !!binary '' #");
    expect(generateYamlSkeleton(secretsManagerShapes, 'ListSecretsRequest', last)).toContain(
      'SortOrder: desc # Secrets are listed by CreatedDate. Valid values are: asc, desc.',
    );
  });
});
