/** botocore's xform_name, compared with aws-cli's own (test/cli/fixtures.json). */
import { describe, expect, it } from 'vitest';
import { xformName } from '../../src/api/names.js';
import { fixtures } from '../cli/fixtures.js';

/** A lower-case letter followed by a digit: see the failing tests below. */
const LETTER_DIGIT = /[a-z][0-9]/;
const plain = fixtures.xformName.filter((c) => !LETTER_DIGIT.test(c.name)).map((c) => [c.name, c] as const);
const digits = fixtures.xformName.filter((c) => LETTER_DIGIT.test(c.name)).map((c) => [c.name, c] as const);

describe('xformName', () => {
  it.each(plain)('turns %s into the option name botocore makes', (_name, c) => {
    expect(xformName(c.name)).toBe(c.dash);
  });

  it.each(plain)('turns %s into the snake_case name botocore makes', (_name, c) => {
    expect(xformName(c.name, '_')).toBe(c.snake);
  });

  // botocore's xform_name (both aws-cli 2.9.19's vendored copy and botocore
  // 1.43.11) has only the first-cap and end-cap regexes: Ec2Instance ->
  // ec2-instance, Version2Ids -> version2-ids, Name2 -> name2. The port adds
  // a ([a-z])([0-9]+) split and gives ec-2-instance, version-2-ids, name-2.
  // No Secrets Manager member has such a name today, so nothing shows yet.
  it.each(digits)('keeps the digits of %s with the letters before them (dash)', (_name, c) => {
    expect(xformName(c.name)).toBe(c.dash);
  });

  it.each(digits)('keeps the digits of %s with the letters before them (snake)', (_name, c) => {
    expect(xformName(c.name, '_')).toBe(c.snake);
  });

  it('does not touch any member name of the model today', () => {
    const members = Object.values(fixtures.operationOptions).flat().map((o) => o.name);
    expect(members.some((name) => /\d/.test(name))).toBe(false);
  });

  it('splits CamelCase words with dashes by default', () => {
    expect(xformName('ClientRequestToken')).toBe('client-request-token');
  });

  it('keeps a run of capitals together', () => {
    expect(xformName('HTTPResponse')).toBe('http-response');
    expect(xformName('KmsKeyId')).toBe('kms-key-id');
  });

  it("gives a plural acronym botocore's leading separator", () => {
    expect(xformName('ARNs')).toBe('-arns');
  });

  it('leaves a name that already contains the separator alone', () => {
    expect(xformName('foo-Bar')).toBe('foo-Bar');
    expect(xformName('foo_Bar', '_')).toBe('foo_Bar');
  });
});
