/**
 * ruamel.yaml's implicit resolvers (YAML 1.2 set, `ruamel.yaml.resolver.
 * Resolver`, which is what its C-emitter dumper uses). A string that would
 * read back as something else (`123`, `true`, `null`, `2024-01-01`, `=`)
 * must not be written plain; `yes`, `on` and `0777`-less octals are 1.1 and
 * stay plain.
 *
 * The patterns are ruamel's verbose (re.X) regexes with the layout
 * whitespace taken out; `(?:\n)?$` is Python's `$`, which also matches
 * before a final newline.
 */

export const STR_TAG = 'tag:yaml.org,2002:str';

const RESOLVERS: [tag: string, pattern: RegExp, firstChars: string[]][] = [
  ['tag:yaml.org,2002:bool', /^(?:true|True|TRUE|false|False|FALSE)(?:\n)?$/, [...'tTfF']],
  [
    'tag:yaml.org,2002:float',
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))(?:\n)?$/,
    [...'-+0123456789.'],
  ],
  [
    'tag:yaml.org,2002:int',
    /^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)(?:\n)?$/,
    [...'-+0123456789'],
  ],
  ['tag:yaml.org,2002:merge', /^(?:<<)(?:\n)?$/, ['<']],
  ['tag:yaml.org,2002:null', /^(?:~|null|Null|NULL|)(?:\n)?$/, ['~', 'n', 'N', '']],
  [
    'tag:yaml.org,2002:timestamp',
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)(?:\n)?$/,
    [...'0123456789'],
  ],
  ['tag:yaml.org,2002:value', /^(?:=)(?:\n)?$/, ['=']],
  ['tag:yaml.org,2002:yaml', /^(?:!|&|\*)(?:\n)?$/, [...'!&*']],
];

/** Resolvers by the first character they can match, as ruamel indexes them. */
const BY_FIRST_CHAR = new Map<string, [string, RegExp][]>();
for (const [tag, pattern, firstChars] of RESOLVERS) {
  for (const ch of firstChars) {
    if (!BY_FIRST_CHAR.has(ch)) BY_FIRST_CHAR.set(ch, []);
    BY_FIRST_CHAR.get(ch)!.push([tag, pattern]);
  }
}

/** The tag a plain scalar with this text would be read back as. */
export function implicitTag(value: string): string {
  const first = value === '' ? '' : String.fromCodePoint(value.codePointAt(0)!);
  for (const [tag, pattern] of BY_FIRST_CHAR.get(first) ?? []) {
    if (pattern.test(value)) return tag;
  }
  return STR_TAG;
}
