#!/usr/bin/python3
"""Generate test/query/fixtures.json: what Python jmespath 1.0.1 does.

Run with the system interpreter, which has jmespath 1.0.1:

    /usr/bin/python3 scripts/gen-query-fixtures.py

Each case is an expression and the name of an input document. The expected
outcome is either the result or the exception Python raised, with the phase
(compile or search), the exception class and str(exception). Values are
written in a tagged form so that int/float and dict key order survive JSON:

    None/bool/str  as themselves     int    {"int": "3"}
    float          {"float": "1.0"}  (repr: also nan, inf, -inf)
    list           [...]             dict   {"dict": [[key, value], ...]}
    bytes          {"bytes": "<base64>"}
    _Expression    {"expref": true}  (a result holding an `&expr` object)
    a dict with a non-str key (only merge() can build one): {"unrepresentable": "<repr>"}

The corpus is hand-written cases per grammar area and function, plus a
seeded random generator of expressions and of their single-character
mutations, so the file is reproducible run to run.
"""
import base64
import json
import os
import random
import re
import sys

import jmespath

from fixture_json import tag, write_cases

assert jmespath.__version__ == '1.0.1', jmespath.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'query', 'fixtures.json')

# Python prints an _Expression with its address; the port prints this one.
EXPREF_STR = '<jmespath.visitor._Expression object at 0x7f0000000000>'
EXPREF_RE = re.compile(r'<jmespath\.visitor\._Expression object at 0x[0-9a-f]+>')


# --------------------------------------------------------------------------
# Input documents
# --------------------------------------------------------------------------

DOCS_JSON = {
    'null': 'null',
    'main': r'''{
        "foo": {"bar": {"baz": "value", "qux": [1, 2, 3]}, "list": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]},
        "people": [
            {"name": "alice", "age": 30, "tags": ["x", "y"], "active": true},
            {"name": "bob", "age": 25.5, "tags": [], "active": false},
            {"name": "carol", "age": null, "active": true},
            {"name": "dave", "age": 40, "tags": ["y"], "nick": "D"},
            {"name": "eve", "age": 30.0, "tags": ["z", "x"]}
        ],
        "nums": [3, 1.5, -2, 10, 0, 7.0, 10.0],
        "ints": [5, 3, 8, 1, 9, 2],
        "floats": [0.1, 0.2, 0.3, 1e300, -1e-5],
        "strs": ["b", "a", "C", "\u00e9", "\ud83d\ude00", "\uff61", "", "aa"],
        "mixed": [1, "a", null, true, false, [], {}, [1, 2], {"a": 1}, 0, 0.0, "", 1.0],
        "nested": [[1, 2], [3, [4, 5]], 6, [[7]], [], null],
        "obj": {"b": 1, "a": 2, "1": 3, "\u00e9": 4, "c": null},
        "empty_list": [],
        "empty_obj": {},
        "empty_str": "",
        "zero": 0,
        "zero_f": 0.0,
        "one": 1,
        "one_f": 1.0,
        "t": true,
        "f": false,
        "n": null,
        "s": "Hello, World",
        "big": 123456789012345678901234567890,
        "neg": -7,
        "pi": 3.14159,
        "nan": NaN,
        "inf": Infinity,
        "ninf": -Infinity,
        "with space": "spaced",
        "\u00fcber": "umlaut",
        "quote\"key": "q",
        "back\\slash": "bs",
        "a": {"b": {"c": {"d": "deep"}}},
        "matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        "reservations": [
            {"instances": [{"id": "i-1", "state": "running", "tags": {"Name": "web"}},
                           {"id": "i-2", "state": "stopped", "tags": {"Name": "db"}}]},
            {"instances": [{"id": "i-3", "state": "running", "tags": {}}]},
            {"instances": []}
        ],
        "objs": {"x": {"v": 1}, "y": {"v": 2}, "z": {"w": 3}, "n": null, "s": "str"}
    }''',
    'secret': r'''{
        "ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:MySecret-a1b2c3",
        "Name": "MySecret",
        "VersionId": "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE"
    }''',
    'list': r'[{"a": 1, "b": "x"}, {"a": 2.5, "b": "y"}, {"a": -1, "b": "z"}, {"b": "w"}, {"a": "s", "b": "v"}]',
    'nums': '[4, 2.5, -1, 0, 100, 3]',
    'strlist': r'["delta", "alpha", "Charlie", "bravo", "", "\u00e9clair", "\ud83d\ude00", "\uffff"]',
    'scalar_int': '42',
    'scalar_str': '"just a string"',
    'empty_list': '[]',
    'empty_obj': '{}',
    'false': 'false',
    'zero': '0',
    'unicode': r'''{"\u00e9": "e-acute", "\u2713": "check", "\ud83d\ude00": "smile", "\u65e5\u672c": "nihon",
                    "k\u00e9ys": ["\u00e0", "\u00e9", "\u00ee"], "name": "\u30c6\u30b9\u30c8"}''',
    'dupkeys': '{"a": 1, "b": 2, "a": 3}',
    'nested_proj': r'''{"a": [{"b": [{"c": 1}, {"c": 2}]}, {"b": [{"c": 3}, {"d": 4}]}, {"b": null}, {"x": 1}],
                        "m": {"p": {"q": [1, 2]}, "r": {"q": [3]}, "s": {"q": 4}}}''',
    'floats': '[1.0, 2, 3.5, 1e16, 1.5e-7, -0.0, 100.0]',
    'bools': '[true, false, true]',
    'sortme': r'''[{"k": 3, "v": "c"}, {"k": 1, "v": "a"}, {"k": 2, "v": "b"}, {"k": 1, "v": "a2"}, {"k": 1.0, "v": "a3"},
                   {"k": 2.0, "v": "b2"}]''',
    'sortstr': r'[{"k": "b"}, {"k": "a"}, {"k": "\u00e9"}, {"k": "\ud83d\ude00"}, {"k": "\uffff"}, {"k": "a"}]',
    'hugeints': '[9007199254740993, 9007199254740992.0, 1, 123456789012345678901234567890]',
    'maxint': '[9223372036854775807, 1, 0.5]',
    'bigfloats': '[1e308, 1e308, 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878396536189519852020355216316617296318287659120180497066036306547004440981815599612245478553616599519050093131990765036160553765451183213932018130474225127286710549426154018931014410124830208]',
}

DOCS = {name: json.loads(text) for name, text in DOCS_JSON.items()}
DOCS['bytes'] = {'blob': b'\x00ab\xff', 'text': b'12', 'ftext': b' 1.5 ', 'list': [b'x', b'y'], 'empty': b''}


# --------------------------------------------------------------------------
# Hand-written cases: (expression, doc name)
# --------------------------------------------------------------------------

CASES = []


def add(doc, *expressions):
    for expression in expressions:
        CASES.append((expression, doc))


# basic / identifiers
add('main', 'foo', 'foo.bar', 'foo.bar.baz', 'foo.bar.baz.nope', 'foo.nope.baz', 'nope', 'foo.list',
    'a.b.c.d', 'a.b.c.d.e', 's', 'big', 'neg', 'pi', 'nan', 'inf', 'ninf', 'n', 't', 'f',
    '"with space"', '"\\u00fcber"', '"\u00fcber"', 'über', '"quote\\"key"', '"back\\\\slash"',
    '"foo"', '"foo"."bar"', 'foo."bar".baz', '"a"."b"."c"', '"\\u0066oo"', '"\\ud83d\\ude00"',
    '_', '_a', 'a_', 'A', 'foo_bar', 'foo1', 'Foo', 'FOO', '"1"', 'obj."1"', 'obj."é"', 'obj.c',
    'foo .bar', 'foo. bar', ' foo ', '\tfoo\n', 'foo\r.\rbar', 's.foo', 'nums.foo', 'zero.foo', 'people.name')
add('secret', 'Name', 'ARN', 'VersionId', '{Name: Name, ARN: ARN}', '[Name, VersionId]', 'Name.foo',
    'name', 'NAME', 'length(Name)', 'starts_with(ARN, `"arn:"`)', 'ends_with(Name, \'Secret\')')
add('scalar_int', '@', 'foo', '@.foo', '[0]', '*', '[*]', '[]', 'to_string(@)', 'type(@)', '@ == `42`',
    '@ == `42.0`', '@ > `41.5`')
add('scalar_str', '@', 'length(@)', 'reverse(@)', '[0]', 'foo', 'to_number(@)', 'contains(@, \'string\')')
add('null', '@', 'foo', 'foo.bar', '[0]', '[1:2]', '[*]', '*', '[]', '[?a]', '[a, b]', '{a: a}', '`1`',
    'length(@)', 'type(@)', 'not_null(@, `1`)', '@ == `null`', '!@', '@ || `"default"`', '@ && `1`',
    'to_array(@)', 'to_string(@)', 'to_number(@)', 'foo[0].bar', 'a.b.c')

# current node
add('main', '@', '@.foo', '@.foo.bar', 'foo.@', 'foo.@.bar', '@.@', '@[0]', 'nums[0]',
    '@ | @', 'foo | @.bar', 'people[*].@', 'people[?@.age > `26`].name', 'nums[?@ > `2`]',
    'strs[?@ == \'a\']', 'length(@)', 'keys(@) | length(@)', '@.*.bar')

# indices
add('main', 'nums[0]', 'nums[1]', 'nums[-1]', 'nums[-7]', 'nums[-8]', 'nums[6]', 'nums[7]', 'nums[100]',
    'foo.list[0]', 'foo.list[-0]', 'matrix[0][1]', 'matrix[-1][-1]', 'matrix[1]', 'matrix[5][0]',
    'foo[0]', 's[0]', 'obj[0]', 'nested[1][1][0]', 'people[0].name', 'people[-1].tags[0]',
    '[0]', 'nums[00]', 'nums[007]', 'nums[99999999999999999999999]', 'nums[-99999999999999999999999]',
    'nums[ 1 ]', 'nums[1 ]', 'reservations[0].instances[1].tags.Name')

# slices
SLICES = ['[:]', '[::]', '[0:]', '[1:]', '[:2]', '[1:3]', '[::2]', '[::-1]', '[::-2]', '[5:1:-1]', '[-1:]',
          '[-3:-1]', '[:-2]', '[10:]', '[:10]', '[-100:]', '[:-100]', '[-100:100]', '[3:1]', '[1:3:-1]',
          '[::3]', '[1::3]', '[-1::-3]', '[::0]', '[0:0]', '[4:-4]', '[-2:-5:-1]', '[100:0:-1]',
          '[99999999999999999999:]', '[:-99999999999999999999:-1]', '[::99999999999999999999]',
          '[::-99999999999999999999]', '[0:1:1]']
for s in SLICES:
    add('main', 'foo.list' + s)
add('main', 'people[1:3].name', 'people[::-1].name', 'people[:2].age', 'matrix[1:][0]', 'matrix[:2][:1]',
    'matrix[0][1:]', 'matrix[0][1:].foo', 'matrix[0][::-1][0]', 'matrix[0:2][::-1]',
    'nums[1:3] | [0]', 'nums[:3][1]', 's[0:2]', 'obj[0:1]', 'foo[1:]', '[1:]', 'people[1:2][0].name',
    'people[0:1].tags[0]', 'matrix[::2][::2]', 'matrix[:][1]', 'nested[:2][]', 'matrix[0][:2].x')
add('empty_list', '[::0]', '[:]', '[0]', '[-1]', '[::-1]')
add('null', '[::0]')

# wildcards / projections
add('main', 'people[*].name', 'people[*].age', 'people[*].nick', 'people[*].tags', 'people[*].tags[0]',
    'people[*].tags[]', 'people[].tags[]', 'people[*]', 'people[*].*', 'obj.*', 'objs.*.v', 'objs.*.*',
    'objs.*', '*.bar', '*.bar.baz', 'foo.*.baz', 'foo.*', 'foo.*.*', 'foo.bar.*', '*', '[*]', 'nums[*]',
    'people[*].name.foo', 'reservations[*].instances[*].id', 'reservations[].instances[].id',
    'reservations[].instances[].tags.Name', 'reservations[*].instances[*].tags.Name',
    'reservations[*].instances[].state', 'objs.*.v | [0]', 'people[*].name | [0]', 'people[*].name[0]',
    'matrix[*][0]', 'matrix[*][1:]', 'matrix[*][*]', 'matrix[][0]', 'nested[*][0]', 's[*]', 'obj[*]',
    'people.*', '*[0]', 'objs.*[0]', '[*].foo', 'foo[*]', 'people[*].[name, age]',
    'people[*].{n: name, a: age}', 'objs.*.{v: v}', 'people[*].name.*', 'nums[*][*]', '*.*.*',
    'people[*] | [0]', 'people[*].tags | [0]', 'people[*].tags[*]', 'matrix[*].length(@)')
add('nested_proj', 'a[*].b[*].c', 'a[].b[].c', 'a[*].b[].c', 'a[*].b', 'a[*].b[0]', 'm.*.q', 'm.*.q[0]',
    'm.*.q[]', 'm.*.q[*]', 'a[*].x', 'a[].b', 'a[].b[]', 'a[].b[].d', 'm.*.*', 'm.*.q | []', 'a[0].b[*].c',
    'a[*].b[?c > `1`].c', 'a[*].b[?c > `1`][]', 'a[*].b[?c > `1`][].c')

# flatten
add('main', 'nested[]', 'nested[][]', 'nested[][][]', 'matrix[]', 'matrix[][]', 'nums[]', 'people[]',
    'people[].name', 'foo[]', 's[]', '[]', 'mixed[]', 'nested[].foo', 'nested[][0]', 'matrix[][1]',
    'people[].tags[]', 'nested[] | [0]', 'nested[][1:]', 'matrix[] | [::-1]', 'matrix[][?@ > `4`]')
add('empty_list', '[]', '[][]', '[*]')

# filters
add('main', 'people[?age > `26`]', 'people[?age > `26`].name', 'people[?age >= `30`].name',
    'people[?age < `30`].name', 'people[?age <= `30`].name', 'people[?age == `30`].name',
    'people[?age != `30`].name', 'people[?age == `30.0`].name', 'people[?age].name', 'people[?!age].name',
    'people[?tags].name', 'people[?!tags].name', 'people[?active].name', 'people[?active == `true`].name',
    'people[?active != `false`].name', 'people[?nick].nick', 'people[?name == \'bob\']',
    'people[?name == `"bob"`].age', 'people[?name > \'bob\'].name', 'people[?name < `"c"`].name',
    'people[?contains(tags, \'x\')].name', 'people[?length(tags) > `0`].name',
    'people[?age > `26` && active].name', 'people[?age > `26` || active].name',
    'people[?!(age > `26`)].name', 'people[?age > `26`] | [0].name', 'people[?age > `26`][0]',
    'people[?age > `26`][].name', 'people[?age > `26`].tags[]', 'people[?age > `26`].tags[0]',
    'nums[?@ > `1`]', 'nums[?@ >= `1.5`]', 'nums[?@ == `10`]', 'nums[?@ == `7`]', 'nums[?@ != `0`]',
    'nums[?`true`]', 'nums[?`false`]', 'nums[?`0`]', 'nums[?\'\']', 'nums[?`[]`]', 'nums[?`{}`]',
    'mixed[?@]', 'mixed[?!@]', 'mixed[?@ == `1`]', 'mixed[?@ == `true`]', 'mixed[?@ == `0`]',
    'mixed[?@ == `false`]', 'mixed[?@ == `null`]', 'mixed[?@ == `[]`]', 'mixed[?@ == `{}`]',
    'mixed[?@ == \'\']', 'mixed[?@ > `0`]', 'mixed[?@ == `1.0`]', 'mixed[?@ == `[1, 2]`]',
    'mixed[?@ == `{"a": 1.0}`]', 'mixed[?@ == `[1.0, 2.0]`]', 'mixed[?@ != `true`]', 'foo[?bar]',
    'obj[?a]', 's[?@]', 'strs[?@ > \'a\']', 'strs[?@ < \'b\']', 'strs[?@ >= \'é\']',
    'reservations[].instances[?state == \'running\'].id', 'reservations[?instances[?state == \'stopped\']]',
    'matrix[?[0] > `3`]', 'matrix[?@[0] > `3`][1]', 'people[?age > `"20"`]', 'people[?name > `1`]',
    'people[?age > age]', 'people[?name == name].name', 'people[?tags == `[]`].name',
    'people[?tags != `[]`].name', 'people[?tags[0] == \'y\'].name', 'nums[?@ < `0`] | [0]',
    'people[?`1`].name', 'people[?age > `25`][?age < `35`].name', 'people[?age > `25`].tags[?@ == \'x\']',
    'nested[?@]', 'nested[?length(@) > `1`]', 'people[?age > `100`]', 'people[?age > `100`].name',
    'people[?@.name == \'alice\'].age', 'people[?name==\'alice\']|[0].age', 'foo.list[?@ > `5`]',
    'people[?age == `25.5`].name', 'people[?age == `2.55e1`].name', 'mixed[?@ == `0.0`]', 'mixed[?@ > `0.5`]')
add('main', 'nums[?@ > \'a\']', 'strs[?@ > `1`]', 'mixed[?@ < `1`]', 'mixed[?@ >= \'a\']')
add('list', '[?a > `0`]', '[?a > `0`].b', '[?a < `0`].b', '[?a].b', '[?!a].b', '[?a == `1.0`].b',
    '[?a != `2.5`].b', '[?b > \'w\'].b', '[?b == \'x\'] | [0].a', '[?a > `1`]', '[?a].a')

# comparisons / boolean
add('main', 'zero == `0`', 'zero == `0.0`', 'zero_f == `0`', 'one == `1.0`', 'one == `true`',
    'zero == `false`', 't == `1`', 'f == `0`', 'f == `0.0`', 't == `1.0`', '`1` == `true`', '`true` == `1`',
    '`[1]` == `[true]`', '`[true]` == `[1]`', '`{"a": 1}` == `{"a": true}`', '`[0]` == `[false]`',
    '`2` == `2.0`', '`2` == `true`', '`null` == `null`', 'n == nope', '`[]` == `{}`', '\'\' == `[]`',
    '`{"a": 1, "b": 2}` == `{"b": 2, "a": 1}`', '`[1, 2]` == `[2, 1]`', 'nan == nan', 'nan != nan',
    '`[1.5]` == `[1.5]`', 'nums == nums', 'people == people', 'people[0] == people[0]',
    'big == `123456789012345678901234567890`', 'big == `1.2345678901234568e29`',
    '`9007199254740993` == `9007199254740992.0`', '`9007199254740992` == `9007199254740992.0`',
    '`9007199254740993` > `9007199254740992.0`', '`1` < `2`', '`1` < `1.5`', '`2` <= `2.0`',
    '`3` >= `3.1`', '`-1` > `-2`', 'inf > big', 'ninf < `-1e308`', 'nan > `1`', 'nan < `1`', 'nan == `1`',
    'nan >= nan', '\'a\' < \'b\'', '\'b\' < \'a\'', '\'a\' <= \'a\'', '\'abc\' > \'abd\'', '\'\' < \'a\'',
    '\'Z\' < \'a\'', '\'\u00e9\' > \'z\'', '\'\U0001F600\' > \'\uff61\'', '\'a\' < `1`', '`1` < \'a\'',
    '`1.5` >= \'a\'', '\'a\' > `null`', '`true` < `false`', '`[1]` < `[2]`', '`{}` < `{}`', 'n < `1`',
    't > f', 'nope < `1`', 'foo == foo', 'foo != foo', 'foo.bar == `{"baz": "value", "qux": [1, 2, 3]}`',
    'foo.bar == `{"qux": [1, 2, 3], "baz": "value"}`', '`0.1` == `0.10`', '`1e2` == `100`',
    '`-0.0` == `0`', '`-0` == `false`', '`1` != `true`', '`0` != `false`', '`2` != `true`',
    '`[1, 2]` != `[1, 2.0]`', 'obj == obj', 's == \'Hello, World\'', 's != \'x\'', '`1` == `1` == `1`')
add('main', 't || f', 'f || t', 'f || n', 'n || f', 'zero || `1`', 'zero_f || `1`', 'empty_str || `1`',
    'empty_list || `1`', 'empty_obj || `1`', 'n || `1`', 'nope || nope', 't && f', 'f && t', 't && `"x"`',
    'zero && `"x"`', 'empty_list && `"x"`', 'empty_str && `"x"`', 'n && `"x"`', '!t', '!f', '!n', '!zero',
    '!zero_f', '!one', '!empty_str', '!empty_list', '!empty_obj', '!s', '!nums', '!obj', '!nan', '!inf',
    '!!zero', '!!empty_list', '!`-0.0`', '!`0.5`', '!!nope', '!foo.bar', '!foo.nope', 'foo || bar',
    'nope || foo.bar.baz', 'foo.bar.baz || nope', 't && f || t', 't || f && f', '(t || f) && f',
    '!t || t', '!(t || t)', 'a || b && c', 'nope.a || nope.b || `"third"`', 'people[0].age || `0`',
    'people[2].age || `"none"`', 'nums[?@ > `1` || @ < `-1`]', 'mixed[?@ || `false`]', '`[0]` || `1`',
    '`{"a":0}` && `1`', '`0` && `1`', '`0.0` || `1`', '\'\' || \'\'', '`false` && `null`')

# literals
add('null', '`"foo"`', '`"\\u00e9"`', '`"\\ud83d\\ude00"`', '`1`', '`-1`', '`1.0`', '`1.5e3`', '`1e400`',
    '`-1e400`', '`1E2`', '`0.000001`', '`1e-7`', '`123456789012345678901234567890`', '`-0`', '`-0.0`',
    '`true`', '`false`', '`null`', '`[]`', '`{}`', '`[1, 2.0, "3", null, true]`',
    '`{"b": 1, "a": 2, "c": {"z": 1, "y": 2}}`', '`{"a": 1, "a": 2}`', '`NaN`', '`Infinity`',
    '`-Infinity`', '`[NaN]`', '` 1 `', '`\n1\n`', '`\t"x"`', '`foo`', '`foo bar`', '`  foo`', '`foo  `',
    '`1.`', '`.5`', '`01`', '`+1`', '`0x10`', '`[1, 2`', '`{"a": 1`', '`{a: 1}`', '`[1,]`', '`\'x\'`',
    '`"`', '`""`', '``', '` `', '`\\``', '`"\\`"`', '`a\\`b`', '`"a\\"b"`', '`"a\\\\b"`', '`a\\b`',
    '`a\\\\`', '`"\\n"`', '`\\n`', '`"\\z"`', '`\\z`', '`"tab\there"`', '`tab\there`', '`\u00e9`',
    '`"\u00e9"`', '`\U0001F600`', '`\u2028`', '`\u00a0foo`', '`\u00a0"x"`', '`\u3000foo`', '`\x1cfoo`',
    '`\x85foo`', '`"unclosed', '`unclosed', '`', '`"x" "y"`', '`1 2`', '`[1] x`', '`truex`', '`nul`',
    '`True`', '`None`', '`-`', '`-x`', '`1e`', '`1e+`', '`[1, [2, [3]]]`', '`{"": ""}`',
    '`"\\u00"`', '`"\\ud800"`', '`"\\udc00x"`', '`"\\ud83dx"`', '`9223372036854775808`',
    '`' + '9' * 4300 + '` == `1`', '`' + '9' * 4301 + '`', '`[1, ' + '9' * 4301 + ']`',
    '`-' + '9' * 4301 + '`', '`' + '9' * 4301 + '.5` > `1`', '`\ufeff1`', '`"\ufeff"`')
add('null', "'foo'", "''", "'a b'", "'\\''", "'\\\\'", "'a\\\\b'", "'a\\nb'", "'\\u00e9'", "'\u00e9'",
    "'\"'", "'`'", "'\\`'", "'\\x'", "'multi\nline'", "'unclosed", "'", "'a\\'", "'a\\\\'", "'\U0001F600'",
    "'foo'.bar", "'foo' | length(@)", "'abc'[0]", "'x' == `\"x\"`", "['a', 'b']")
add('main', "'foo'", "`\"foo\"`", "`[1, 2]`[0]", "`[1, 2]`[*]", "`{\"a\": {\"b\": 1}}`.a.b",
    "`{\"a\": [1, 2]}`.a[-1]", "`[[1], [2]]`[]", "`[3, 1]` | sort(@)", "foo.`1`", "foo.'x'",
    "[`1`, '2', `3.0`]", "{a: `1`, b: 'b'}", "`1`.foo", "`1`[0]")

# multi-select
add('main', '[foo, nums]', '[foo.bar.baz, s]', '[nope, nope2]', '[s]', '[[s]]', '[[s, n], [t]]',
    '{a: s, b: n}', '{a: s}', '{"quoted key": s, unq: n}', '{a: nope}', '{a: foo.bar, b: {c: s}}',
    '{s: s, s: t}', '{b: t, a: f}', '{"\u00e9": s}', 'foo.{baz: bar.baz, list: list[0]}',
    'foo.[bar.baz, list[0]]', 'people[*].[name, age][0]', 'people[*].[name, age][]', 'people[].[name][]',
    'people[*].{name: name}', 'people[0].{name: name, tags: tags}', 'people[:2].{n: name}', '[*].[a]',
    '[`1`, `2`]', '[@, @]', '{x: @}.x.s', '[people[0].name, people[-1].name] | [1]', '{a: nope}.a',
    '[t, f][?@]', '{k: people[?age > `26`].name}', '[nums[0], nums[-1]]', 'nope.[a]', 'nope.{a: b}',
    'zero.[a]', 'zero.{a: a}', 'empty_list.[a]', 'f.{a: a}', 'empty_str.[@]', '[s, s][0]',
    '{a: `1`, b: `1.0`, c: `"1"`}', 'foo.[bar, list][0].baz', '{"a b": s, "1": n}', '[foo.bar.qux[0]]',
    '{a: [s, n]}.a[0]', 'objs.[x, y].v', 'objs.{x: x}.x.v', '[[people[0].name]][][]')

# pipes
add('main', 'foo | bar', 'foo | bar | baz', 'foo.bar | baz', 'people | [0]', 'people[*] | [0]',
    'people[*].name | [0]', 'people[*].name | [-1]', 'people[*].name | length(@)', 'nums | sort(@) | [0]',
    'nums | [0] | @', 'foo | nope | baz', '*.bar | [0]', '[s, t] | [1]', '{a: s} | a', 'people[] | [0].name',
    'nested[] | [][]', 'people | [?age > `26`] | [].name', 'foo || bar | baz', 'foo | bar || baz',
    'foo.bar | baz || qux', 'people[*].age | max(@)', 'foo.list | [1:3] | [0]', 'a | b | c | d',
    '`[1, 2]` | [1]', 'nums[?@ > `1`] | [-1]', 'foo | bar.qux | [1]', 'people[*].tags[] | [1]')

# escapes / unicode / quoted identifiers
add('unicode', '"\u00e9"', '"\\u00e9"', '"\u2713"', '"\\u2713"', '"\U0001F600"', '"\\ud83d\\ude00"',
    '"\u65e5\u672c"', '"k\u00e9ys"[0]', '"k\u00e9ys"[-1]', 'length("k\u00e9ys")', 'keys(@)', 'values(@)',
    'sort(keys(@))', 'name', 'length(name)', 'reverse(name)', 'to_string(@)', 'to_string(name)',
    'sort(values(@)[?type(@) == \'string\'])', 'max(keys(@))', 'min(keys(@))', 'k\u00e9ys', '\u00e9',
    '"\u00e9".foo', '@."\u2713"', '{"\u00e9": "\u2713"}', 'contains(keys(@), \'\u00e9\')',
    'starts_with(name, \'\u30c6\')', 'ends_with("\U0001F600", \'\')', '"k\u00e9ys"[?@ > \'\u00e1\']',
    'join(\'\u00b7\', "k\u00e9ys")', '"\\u00E9"', '"\\U00e9"')
add('null', '"\\n"', '"\\t"', '"\\""', '"\\\\"', '"\\/"', '"\\b"', '"\\f"', '"\\r"', '"\\u0041"',
    '"\\x41"', '"\\u004"', '"\\u004G"', '"\\ud800"', '"\\a"', '"\\\'"', '"a\tb"', '"a\nb"', '"a\x01b"',
    '"a\x7fb"', '"unclosed', '"', '"a\\"', '"a\\\\"', '""', '"".a', 'foo."', '"foo', '"\\', '"a"b',
    '"a" "b"', '"\\u00e9\\u00e9"', '"\u00e9\\u00e9"')
add('main', '"s"', '"nums"[0]', '"people"[*]."name"', '"foo".bar."baz"', '"with space"',
    '"quote\\"key"', '"back\\\\slash"', '"\u00fcber"', 'length("with space")', '{"s": "s"}',
    '"obj"."1"', 'obj."\\u00e9"', '"foo"[0]', '"" == ""')

# expref and functions taking them
add('list', 'sort_by(@, &b)', 'sort_by(@, &b)[].b', 'sort_by(@, &a)', 'sort_by([?type(a) == \'number\'], &a)[].b',
    'sort_by([?a], &to_string(a))[].b', 'max_by(@, &b)', 'min_by(@, &b)', 'max_by(@, &a)', 'min_by(@, &a)',
    'max_by([:3], &a)', 'min_by([:3], &a)', 'map(&a, @)', 'map(&b, @)', 'map(&[a, b], @)', 'map(&@, @)',
    'map(&length(b), @)', 'map(&a || `0`, @)', 'sort_by(@, &`1`)', 'sort_by(@, &`null`)', 'sort_by(@, &@)',
    'sort_by(@, &`[1]`)', 'max_by(@, &`null`)', 'max_by(@, &[a])', 'min_by(@, &to_number(a))',
    'max_by([:3], &to_string(a))', 'sort_by([:3], &a)[].a',
    'sort_by(@, b)', 'sort_by(@, &b, &a)', 'sort_by(&b, @)', 'max_by(@)', 'map(@, &a)', 'map(&a)',
    'map(&a, `1`)', 'map(&a, `{}`)', 'sort_by(`{}`, &a)', 'sort_by(`[]`, &a)', 'max_by(`[]`, &a)',
    'min_by(`[]`, &a)', 'max_by(`[1]`, &@)', 'min_by(`["x"]`, &@)', 'max_by(`[true]`, &@)',
    'min_by(`[{}]`, &@)', 'max_by(`[1, "a"]`, &@)', 'min_by(`["a", 1]`, &@)', 'max_by(`[1, 2, null]`, &@)',
    'max_by(`[1, "a", null]`, &@)', 'sort_by(`[1, "a"]`, &@)', 'sort_by(`["a", 1]`, &@)',
    'sort_by(`[1, 2.5, -1, 2]`, &@)', 'sort_by(`[true]`, &@)', 'sort_by(`[[1]]`, &@)',
    'sort_by(`[1, null]`, &@)', 'max_by(`[1, 1.0]`, &@)', 'min_by(`[1.0, 1]`, &@)', 'max_by(`[2, 3.0, 3]`, &@)',
    'map(&a, `[1, {"a": 2}]`)', '&a', '[&a]', '{a: &a}', '&a | b', '&@', 'map(&&a, @)', 'sort_by(@, &&a)',
    'length(&a)', 'to_string(&a)', 'to_array(&a)', 'type(&a)', 'not_null(&a)', 'not_null(`null`, &a)',
    'to_number(&a)', '!&a', '&a || b', '&a && `1`', '&a == &a', '&a != &a', '&a < &a', 'contains(`[]`, &a)',
    'contains(\'abc\', &a)', 'contains([&a], &a)', 'abs(&a)', 'keys(&a)', 'reverse(&a)', 'join(\',\', [&a])',
    'sum([&a])', 'max([&a])', 'sort([&a])', 'merge(`{}`, &a)', 'map(&a, [&a])', '[&a][0]', '&a.b', '&[a]',
    '&{a: a}', '& a', 'map(& a, @)', 'map(&(a), @)', 'map(&a.b, `[{"a": {"b": 1}}]`)', '&a[0]', '&`1`',
    '[&a, &b] | [1]', 'to_string([&a])', 'to_string({a: &a})')
add('sortme', 'sort_by(@, &k)', 'sort_by(@, &k)[].v', 'sort_by(@, &v)[].v', 'sort_by(@, &k)[].k',
    'max_by(@, &k)', 'min_by(@, &k)', 'max_by(@, &v)', 'min_by(@, &v)', 'reverse(sort_by(@, &k))[].v',
    'sort_by(reverse(@), &k)[].v', 'map(&k, @)', 'sort(map(&k, @))', 'max(map(&k, @))', 'min(map(&k, @))',
    'sum(map(&k, @))', 'avg(map(&k, @))', 'sort_by(@, &to_string(k))[].v', 'sort_by(@, &length(v))[].v')
add('sortstr', 'sort_by(@, &k)[].k', 'max_by(@, &k)', 'min_by(@, &k)', 'sort(map(&k, @))', 'max(map(&k, @))',
    'min(map(&k, @))', 'reverse(map(&k, @))')

# functions: good and bad arguments, every function
FUNCTION_ARGS = ['`1`', '`-1`', '`1.5`', '`-1.5`', '`0`', '`-0.0`', '`"a"`', "'abc'", "''", '`true`',
                 '`false`', '`null`', '`[]`', '`[1, 2]`', '`[1, 2.5]`', '`["b", "a"]`', '`[1, "a"]`', '`{}`',
                 '`{"a": 1}`', '@', 'nums', 'strs', 'obj', 'mixed', 'big', 'nan', 'inf', '&a', 'ints',
                 'floats', 'people', 'nested', 'empty_list']
UNARY = ['abs', 'avg', 'ceil', 'floor', 'keys', 'values', 'length', 'max', 'min', 'reverse', 'sort', 'sum',
         'to_array', 'to_number', 'to_string', 'type', 'not_null']
for fn in UNARY:
    for arg in FUNCTION_ARGS:
        add('main', '%s(%s)' % (fn, arg))
    add('main', '%s()' % fn, '%s(`1`, `2`)' % fn, '%s(nope)' % fn)
BINARY = ['contains', 'starts_with', 'ends_with', 'join', 'map', 'sort_by', 'max_by', 'min_by', 'merge',
          'not_null']
BINARY_ARGS = ['`1`', '`"a"`', "'abc'", '`[1, 2]`', '`["a", "b"]`', '`{"a": 1}`', '`null`', '&a', '&@',
               "''", '`[]`', '`true`']
for fn in BINARY:
    for a in BINARY_ARGS:
        for b in BINARY_ARGS:
            add('main', '%s(%s, %s)' % (fn, a, b))
    add('main', '%s()' % fn, '%s(`1`)' % fn, '%s(`1`, `2`, `3`)' % fn)
add('main', 'abs(neg)', 'abs(pi)', 'abs(`-0`)', 'abs(big)', 'abs(ninf)', 'avg(nums)', 'avg(ints)',
    'avg(floats)', 'avg(`[1, 2]`)', 'avg(`[1, 2, 3, 4]`)', 'avg(`[0.1, 0.2, 0.3]`)', 'avg(`[]`)',
    'avg(`[1e308, 1e308]`)', 'ceil(pi)', 'ceil(`-1.5`)', 'ceil(`-0.5`)', 'ceil(`1e20`)', 'ceil(`1.0`)',
    'ceil(big)', 'ceil(nan)', 'ceil(inf)', 'ceil(ninf)', 'floor(pi)', 'floor(`-1.5`)', 'floor(`1e300`)',
    'floor(nan)', 'floor(ninf)', 'contains(nums, `10`)', 'contains(nums, `10.0`)', 'contains(nums, `7`)',
    'contains(mixed, `true`)', 'contains(`[1]`, `true`)', 'contains(`[true]`, `1`)', 'contains(`[0]`, `false`)',
    'contains(mixed, `[2, 1]`)', 'contains(mixed, `[1.0, 2.0]`)', 'contains(mixed, `{"a": 1.0}`)',
    'contains(s, \'World\')', 'contains(s, \'world\')', 'contains(s, \'\')', 'contains(\'\', \'\')',
    'contains(s, `1`)', 'contains(s, `null`)', 'contains(s, `["H"]`)', 'contains(strs, \'\u00e9\')',
    'contains(`[NaN]`, `NaN`)', 'contains(`[[NaN]]`, `[NaN]`)', 'contains(nums, nan)', 'contains(`[1]`, `1.0`)',
    'ends_with(s, \'World\')', 'ends_with(s, \'\')', 'ends_with(s, `1`)', 'starts_with(s, \'Hello\')',
    'starts_with(s, \'hello\')', 'starts_with(`1`, s)', 'join(\', \', strs)', 'join(\'\', strs)',
    'join(`1`, strs)', 'join(\', \', nums)', 'join(\', \', `[]`)', 'join(\'-\', `["a"]`)',
    'join(\'-\', `["a", 1]`)', 'join(\'-\', people[*].name)', 'keys(obj)', 'keys(foo)', 'keys(`{}`)',
    'values(obj)', 'values(foo.bar)', 'length(s)', 'length(strs)', 'length(obj)', 'length(\'\U0001F600\')',
    'length(`"\\ud83d\\ude00"`)', 'length(\'\u00e9\')', 'length(big)', 'length(`null`)',
    'max(nums)', 'max(ints)', 'max(strs)', 'max(`[1, 1.0]`)', 'max(`[1.0, 1]`)', 'max(`[]`)', 'max(mixed)',
    'max(`[1, "a"]`)', 'max(`["a", 1]`)', 'max(`[true, false]`)', 'max(`[[1], [2]]`)', 'max(`[NaN, 1, 2]`)',
    'max(`[1, NaN, 2]`)', 'min(`[NaN, 1, 2]`)', 'min(nums)', 'min(strs)', 'min(`[0, 0.0, -0.0]`)',
    'min(`[-0.0, 0]`)', 'max(`[9007199254740993, 9007199254740992.0]`)',
    'max(`[9007199254740992.0, 9007199254740993]`)', 'merge(obj, foo)', 'merge(obj, `{"b": 9, "z": 0}`)',
    'merge(`{}`)', 'merge(`{"a": 1}`, `{"a": 2}`, `{"b": 3}`)', 'merge()', 'merge(`{}`, `1`)',
    'merge(`{}`, `null`)', 'merge(`{}`, `true`)', 'merge(`{}`, `1.5`)', 'merge(`{}`, `[]`)',
    'merge(`{}`, `[["a", 1]]`)', 'merge(`{}`, `[["a", 1], ["b", 2], ["a", 3]]`)', 'merge(`{}`, `["ab"]`)',
    'merge(`{}`, `"ab"`)', 'merge(`{}`, `""`)', 'merge(`{}`, `[1]`)', 'merge(`{}`, `[[1, 2, 3]]`)',
    'merge(`{}`, `[[1, 2]]`)', 'merge(`{}`, `[[[1], 2]]`)', 'merge(`{}`, `[[{}, 2]]`)',
    'merge(`{}`, `[{"k": 1, "v": 2}]`)', 'merge(`{}`, &a)', 'merge(`1`, `{}`)', 'merge(`{"a": 1}`, obj, `{}`)',
    'merge(`{"z": 1}`, `{"a": 2}`)', 'not_null()', 'not_null(`null`)', 'not_null(`null`, `null`)',
    'not_null(nope, n, `false`)', 'not_null(nope, `0`)', 'not_null(`[]`, `1`)', 'not_null(nope, nope2, s)',
    'reverse(s)', 'reverse(nums)', 'reverse(`[]`)', 'reverse(\'\')', 'reverse(\'a\U0001F600b\')',
    'sort(nums)', 'sort(ints)', 'sort(strs)', 'sort(`[]`)', 'sort(mixed)', 'sort(`[3, 1.0, 2, 1]`)',
    'sort(`[1.0, 1]`)', 'sort(`["b", "B", "a", "\u00e9", "\uffff", "\U0001F600"]`)', 'sort(`[true]`)',
    'sort(`[null]`)', 'sort(`[1, "a"]`)', 'sort(`["a", 1]`)', 'sort(`[1, null]`)', 'sort(`[[1]]`)',
    'sort(`[9007199254740993, 9007199254740992.0, 9007199254740992]`)', 'sum(nums)', 'sum(ints)',
    'sum(floats)', 'sum(`[]`)', 'sum(`[1, 2]`)', 'sum(`[1, 2.5]`)', 'sum(`[2.5, 1]`)', 'sum(`[0.1, 0.2]`)',
    'sum(`[0.1, 0.2, 0.3]`)', 'sum(`[1e100, 1.0, -1e100]`)', 'sum(`[9007199254740993, 0.0]`)',
    'sum(`[0.0, 9007199254740993]`)', 'sum(`[9223372036854775807, 1, 0.5]`)', 'sum(`[true]`)',
    'sum(`["1"]`)', 'sum(`[1, null]`)', 'sum(`[NaN, 1]`)', 'sum(`[Infinity, -Infinity]`)',
    'to_array(s)', 'to_array(nums)', 'to_array(`null`)', 'to_array(obj)', 'to_number(\'1\')',
    'to_number(\'1.5\')', 'to_number(\'-7\')', 'to_number(\'1e3\')', 'to_number(\'1E3\')',
    'to_number(\'abc\')', 'to_number(\'\')', 'to_number(\' 12 \')', 'to_number(\'1_000\')',
    'to_number(\'1__0\')', 'to_number(\'_1\')', 'to_number(\'0x10\')', 'to_number(\'inf\')',
    'to_number(\'-Infinity\')', 'to_number(\'nan\')', 'to_number(\'NaN\')', 'to_number(\'+5\')',
    'to_number(\'.5\')', 'to_number(\'5.\')', 'to_number(\'1e\')', 'to_number(\'007\')',
    'to_number(\'\u0663\')', 'to_number(\'\u0663.\u0665\')', 'to_number(\'\uff11\uff12\')',
    'to_number(\'\U0001D7D9\')', 'to_number(\'\u00a05\u3000\')', 'to_number(\'\x1c5\')',
    'to_number(\'\x0b5\x0c\')', 'to_number(\'1e1_0\')', 'to_number(\'1_e5\')', 'to_number(\'- 5\')',
    'to_number(\'1.5.5\')', 'to_number(\'12345678901234567890123\')', 'to_number(\'1e400\')',
    'to_number(\'\u00b2\')', 'to_number(\'' + '1' * 4301 + '\') == `1`', 'to_number(\'' + '1' * 4300 + '\') > `1`',
    'to_number(\'0.1e-5\')', 'to_number(\'1_000.000_1\')', 'to_number(\'iNfInItY\')', 'to_number(\'infinit\')',
    'to_number(`true`)', 'to_number(`[1]`)', 'to_number(`{}`)', 'to_number(pi)', 'to_number(big)',
    'to_string(s)', 'to_string(nums)', 'to_string(obj)', 'to_string(foo)', 'to_string(`null`)',
    'to_string(`true`)', 'to_string(`1.0`)', 'to_string(`1e16`)', 'to_string(`1e-7`)', 'to_string(big)',
    'to_string(nan)', 'to_string(inf)', 'to_string(ninf)', 'to_string(strs)', 'to_string(people[0])',
    'to_string(`"\\u0001\\u007f\\u2028"`)', 'to_string(`["\\"\\\\"]`)', 'to_string(`{}`)', 'to_string(`[]`)',
    'type(s)', 'type(nums)', 'type(obj)', 'type(`1`)', 'type(`1.5`)', 'type(t)', 'type(n)', 'type(nope)',
    'values(`{}`)', 'keys(nums)', 'values(s)', 'unknown()', 'unknown(`1`)', 'Length(s)', 'LENGTH(s)',
    'unknown(length(`1`))', 'length(unknown())', 'length(`1`, unknown())', 'foo.length(@)',
    'foo.list.length(@)', 'people[*].length(name)', 'people[*].length(@)', 'length(people[*].name)',
    'length(nope)', 'keys(@)', 'values(@)[0]', 'sort(keys(obj))', 'reverse(sort(ints))',
    'length(people[?age > `26`])', 'max_by(people, &age)', 'max_by(people[?age], &age).name',
    'min_by(people[?age], &age).name', 'sort_by(people[?age], &age)[].name', 'sort_by(people, &name)[].name',
    'map(&name, people)', 'map(&tags[0], people)', 'map(&length(name), people)', 'sum(map(&length(name), people))',
    'avg(people[?age].age)', 'max(people[?age].age)', 'join(\', \', sort(people[].name))',
    'not_null(people[2].age, people[0].age)', 'to_array(people[0].name)[0]',
    'contains(people[].name, \'bob\')', 'length(to_string(people))', 'starts_with(people[0].name, \'al\')',
    'ends_with(`"a\\ud800"`, `"\\ud800"`)', 'starts_with(`"\\ud83d\\ude00"`, `"\\ud83d"`)',
    'contains(`"\\ud83d\\ude00"`, `"\\ud83d"`)', 'contains(`"\\ud83dx"`, `"\\ud83d"`)',
    'ends_with(`"\\ud83d\\ude00"`, `"\\ude00"`)', 'reverse(`"a\\ud83d"`)', 'length(`"\\ud800\\ud800"`)')
add('bytes', 'blob', 'length(blob)', 'type(blob)', 'to_string(blob)', 'to_string(@)', 'to_number(text)',
    'to_number(ftext)', 'to_number(blob)', 'to_array(blob)', 'not_null(blob)', 'blob == blob', 'blob == text',
    'blob.foo', 'blob[0]', '!empty', '!blob', 'empty || `1`', 'blob || `1`', 'contains(list, blob)',
    'contains(list, `"x"`)', 'abs(blob)', 'keys(blob)', 'sort(list)', 'merge(`{}`, list)', 'merge(`{}`, text)',
    'join(\',\', list)', 'max(list)', 'reverse(blob)', 'sort_by(list, &@)', 'map(&@, list)', '[blob]', '{b: blob}',
    'blob < blob', 'list[?@]', 'list[]', 'contains(blob, `"a"`)')
add('hugeints', '@', 'sum(@)', 'avg(@)', 'max(@)', 'min(@)', 'sort(@)', '[0] == [1]', '[0] > [1]',
    '[1] < [0]', '[?@ > `9007199254740992`]', 'to_string(@)', 'contains(@, `9007199254740992`)',
    'contains(@, `9007199254740993.0`)', 'abs([3])', 'ceil([3])', 'floor([1])')
add('maxint', 'sum(@)', 'avg(@)', 'sum([:2])', 'sum(reverse(@))')
add('bigfloats', 'sum(@)', 'avg(@)', 'sum([2:])', 'avg([2:])', 'max(@)', 'sum([:2])', 'ceil([0])',
    'to_number(to_string([2]))')
add('floats', 'sum(@)', 'avg(@)', 'sort(@)', 'max(@)', 'min(@)', 'to_string(@)', 'reverse(@)', 'map(&ceil(@), @)',
    'map(&floor(@), @)', 'map(&abs(@), @)', '[?@ == `1`]', '[?@ > `2`]', 'map(&to_string(@), @)',
    'map(&type(@), @)', 'min_by(@, &@)', 'max_by(@, &@)', 'sort_by(@, &@)')
add('bools', '[?@]', '[?!@]', 'contains(@, `1`)', 'contains(@, `0.0`)', 'sort(@)', 'max(@)', 'sum(@)',
    'to_string(@)', '[0] == `1`', '[1] == `0`', '[0] == `true`', 'map(&to_number(@), @)', 'map(&type(@), @)')
add('dupkeys', '@', 'a', 'keys(@)', 'values(@)', 'to_string(@)')
add('false', '@', '!@', '@ || `1`', '@ && `1`', '[@]', '{a: @}', '@.a', 'type(@)', 'to_string(@)')
add('zero', '@', '!@', '@ || `1`', '@ && `1`', '[@]', '{a: @}', '@ == `false`', '@ == `0.0`', 'abs(@)')
add('empty_obj', '@', '*', '[*]', 'keys(@)', 'values(@)', '@.a', '!@', '@ || `1`', 'length(@)', 'merge(@, @)')
add('empty_list', '@', '[0]', 'length(@)', 'sort(@)', 'max(@)', 'avg(@)', 'sum(@)', 'join(\',\', @)',
    '!@', '@ || `1`', '[?@]', 'map(&a, @)', 'sort_by(@, &a)', 'reverse(@)', '[*].a', '[].a')
add('nums', 'sort(@)', 'reverse(sort(@))', 'max(@)', 'min(@)', 'sum(@)', 'avg(@)', '[?@ > `2`]',
    'map(&abs(@), @)', 'map(&ceil(@), @)', 'map(&floor(@), @)', 'sort_by(@, &@)', 'max_by(@, &@)',
    'min_by(@, &@)', 'map(&to_string(@), @)', 'join(\',\', map(&to_string(@), @))', '[::-1]', '[1::2]',
    'contains(@, `100`)', 'contains(@, `100.0`)', 'length(@)')
add('strlist', 'sort(@)', 'max(@)', 'min(@)', 'reverse(@)', 'sort_by(@, &@)', 'max_by(@, &@)', 'min_by(@, &@)',
    'join(\'|\', @)', 'join(\'|\', sort(@))', 'map(&length(@), @)', '[?@ > \'b\']', '[?starts_with(@, \'b\')]',
    '[?contains(@, \'a\')]', 'map(&reverse(@), @)', 'map(&to_number(@), @)', 'sort_by(@, &length(@))')

# syntax errors, lexer errors and incomplete expressions
add('main', 'foo.', 'foo..bar', '.foo', 'foo[', 'foo]', 'foo[0', 'foo[0]]', 'foo[a]', 'foo[-]', 'foo[1:2:3:4]',
    'foo[1:2:]', 'foo[::]', 'foo[:::]', 'foo[1 2]', 'foo[:a]', 'foo[?]', 'foo[?a', 'foo[?a]]', '[?]', 'foo[*',
    'foo[*a]', 'foo[*.a]', '[*', '[*a', 'foo.[', 'foo.[]', 'foo.[a', 'foo.[a,', 'foo.[a,]', 'foo.{', 'foo.{}',
    'foo.{a', 'foo.{a:', 'foo.{a: b', 'foo.{a: b,', 'foo.{a: b,}', 'foo.{a b}', 'foo.{a: b c}', '{a: b c}',
    '{a: b,, c: d}', '{1: a}', "{'a': b}", '{`1`: a}', '{"a" : b}', '{a: b}}', '{', '}', '{}', '[]]', ']',
    '[', '[,]', '[a,]', '[a, b', '[a b]', '(', ')', '()', '(a', 'a)', '(a))', '((a)', '(a b)', '(a, b)',
    'a,b', 'a b', 'a:b', 'a]', 'a}', ',', ':', '.', '*.', '*a', 'a*', 'a.*b', 'a.*.', '@a', 'a@', '@@',
    '|', 'a |', '| a', 'a ||', '|| a', 'a &&', '&& a', '&&', '||', 'a | | b', 'a || || b', '!', '!!',
    'a !', 'a!b', 'a !b', '! a', '&', 'a &', 'a & b', 'a.&b', '==', 'a ==', '== a', 'a == == b', 'a <',
    'a < < b', 'a <> b', 'a =< b', 'a => b', 'a != ', 'a !== b', '<', '>', '<=', '>=', '!=', 'a ! = b',
    'a = b', 'a === b', 'a ==', '=', '-', '-a', 'a-b', 'a - 1', '-1', '1', '01', 'foo.1', 'foo.-1', 'foo[-a]',
    'foo[--1]', '#', 'a#', '$', 'a.$', '%', '^', '~', '+', '?', '/', '\\', ';', 'a;b', 'é', 'aé', 'a.é',
    '\U0001F600', 'a \U0001F600', '"\U0001F600" x', '\u00a0a', 'a\u00a0', '\x00', 'a\x00', '\x0b', '\x0c',
    'a\x0cb', 'foo[?a ==]', 'foo[?== a]', 'foo[?a == b', 'foo[?a == b]]', 'length(', 'length(a',
    'length(a,', 'length(a,)', 'length(,a)', 'length(a b)', 'length)', 'length(a))', '"length"(a)',
    '"length"()', 'a.b(c)', 'a[0](b)', '@(a)', '*(a)', '`1`(a)', "'f'(a)", '[a](b)', '{a: b}(c)', 'a.(b)',
    'length(a)(b)', '(length)(a)', '&a(b)', 'length(&)', 'length(&', 'sort_by(@, &)', 'map(&, @)', '&',
    'foo[?a]b', 'foo[?a].', 'foo[?a][', 'foo[]a', 'foo[].', 'foo[][', 'foo[]]', 'foo[*]a', 'foo[*]]',
    'foo[0]a', 'foo[0].', 'foo[0][', 'foo[1:2]a', 'foo[1:2].', 'foo[1:2][', 'foo[1:2]]', 'a.b.c.', 'a..',
    'a.[b', 'a.{b: c', 'a | [b', '[a] | ', 'a || (b', 'a && (b ||', '!(a', '!(', '!(a)b', 'a.*.[', '*.*.',
    '*[', '*]', '**', '*.*.*.', '[*]]', '[**]', '[*.*]', '[?a][?b', '[?a]|', 'a[?b]|', 'a[?b] | [', '`1`a',
    "'a'b", '"a"b', '"a""b"', 'a"b"', 'a`1`', "a'b'", 'a.`1`', "a.'b'", '[a, `1`,]', '{a: `1`,}',
    'foo[?a]&&b', 'foo[?a] == b', 'foo[0] == b', '!foo[0]', '!foo.bar', '!foo[*]', '!foo[]', '!*', '![]',
    '!`1`', "!'a'", '!@', '!(@)', '!{a: b}', '![a]', '!&a', '!!a', '!a.b', '!a[?b]', '!a || b', '!a == b',
    '&a.b', '&a[0]', '&a | b', '&a || b', '&!a', '&&a', '&`1`', '(a).b', '(a)[0]', '(a)[*]', '(a).*',
    '(a)[]', '(a)[?b]', '(a) | b', '(a || b).c', '(a)(b)', '(a.b).c.d', '(a[0])[1]', '(a[0])[1:]',
    '(a)[0][1:]', 'a[0][1:]', 'a[0][1:].b', 'a[0][1:][0]', '[0][1:]', '[0][1:].b', 'a[1:][0:1]', 'a[1:].b[0]')

add('main', 'foo[?bar==baz?]', '[?"\\\\">`"foo"`]', '*||*|*|*', '*[]||[*]', '[*.*]', 'foo.|| bar', 'foo[ ?bar]',
    '{"\\\\":{" ":*}}', 'a][', 'foo[0, 1]', '*.["0"]', 'foo[*]*', 'foo[#]', 'a{foo: bar}', 'a.{foo: bar, }',
    'foo[?bar==`["foo`bar"]`]', 'foo[?bar==`["foo\\`bar"]`]', 'foo.[abc, 1]', '*.[0]',
    'nums[' + '1' * 4301 + ']', 'nums[-' + '1' * 4301 + ']', 'nums[:' + '1' * 4301 + ']', '"' + 'a' * 50 + '"(',
    'nums[' + '1' * 4300 + ']', '`' + '1' * 4301 + '`[0]')

# some deliberately long expressions, and every prefix of them
PREFIXED = [
    "reservations[?instances[?state == 'running']].instances[*].{id: id, name: tags.Name} | [0]",
    'people[?age > `26` && !(name == `"dave"`)].{n: name, t: tags[0], l: length(tags || `[]`)}',
    'sort_by(people, &name)[::-1][].[name, to_string(age)] | [0][1]',
    "foo.bar.\"baz\" || `{\"a\": [1, 2]}`.a[-1:] | @",
    "max_by(people[?age], &age).name == 'dave' || contains(keys(@), 'x')",
    "{a: nums[1:3:1], b: *.list[0], c: !`false`, d: 'x\\'y', e: \"\\u00e9\"}",
    'a.b.c.d[0][-1:][*].e[?f != `null`] | map(&g, @)',
]
for text in PREFIXED:
    for i in range(1, len(text) + 1):
        add('main', text[:i])

add('null', '')


# --------------------------------------------------------------------------
# Seeded random expressions and their mutations
# --------------------------------------------------------------------------

FIELDS = ['foo', 'bar', 'baz', 'people', 'name', 'age', 'tags', 'nums', 'strs', 'mixed', 'nested', 'obj', 'a',
          'b', 'c', 'list', 'matrix', 'objs', 'v', 'x', 'nope', '"with space"', '"\u00e9"', 's', 'active',
          'instances', 'reservations', 'state', 'id', 'qux']
LITERALS = ['`1`', '`0`', '`2.5`', '`-1`', '`"a"`', '`"bob"`', "'alice'", "''", '`true`', '`false`', '`null`',
            '`[1, 2]`', '`[]`', '`{"a": 1}`', '`{}`', '`30`', '`30.0`', "'x'", '`"value"`', '`1e2`']
FUNCS = {
    'abs': 1, 'avg': 1, 'ceil': 1, 'floor': 1, 'keys': 1, 'values': 1, 'length': 1, 'max': 1, 'min': 1,
    'reverse': 1, 'sort': 1, 'sum': 1, 'to_array': 1, 'to_number': 1, 'to_string': 1, 'type': 1,
    'not_null': 2, 'contains': 2, 'starts_with': 2, 'ends_with': 2, 'join': 2, 'merge': 2,
    'map': -1, 'sort_by': -2, 'max_by': -2, 'min_by': -2,
}
OPS = ['==', '!=', '<', '<=', '>', '>=']


def rand_expr(rng, depth):
    if depth <= 0:
        return rng.choice(FIELDS + FIELDS + LITERALS + ['@'])
    d = depth - 1
    k = rng.randrange(24)
    if k < 4:
        return rng.choice(FIELDS)
    if k == 4:
        return rng.choice(LITERALS)
    if k == 5:
        return '%s.%s' % (rand_expr(rng, d), rng.choice(FIELDS))
    if k == 6:
        return '%s[%d]' % (rand_expr(rng, d), rng.randint(-3, 3))
    if k == 7:
        parts = [rng.choice(['', str(rng.randint(-3, 3))]) for _ in range(3)]
        if parts[2] == '0':
            parts[2] = '1'
        text = '%s:%s' % (parts[0], parts[1]) + (':' + parts[2] if rng.random() < 0.5 else '')
        return '%s[%s]' % (rand_expr(rng, d), text)
    if k == 8:
        return '%s[*].%s' % (rand_expr(rng, d), rand_expr(rng, 0 if rng.random() < 0.5 else d))
    if k == 9:
        return '%s[]' % rand_expr(rng, d)
    if k == 10:
        return '%s.*' % rand_expr(rng, d)
    if k == 11:
        return '%s[?%s]' % (rand_expr(rng, d), rand_cond(rng, d))
    if k == 12:
        return '[%s]' % ', '.join(rand_expr(rng, d) for _ in range(rng.randint(1, 3)))
    if k == 13:
        keys = rng.sample(['a', 'b', 'c', '"k k"', 'name'], rng.randint(1, 3))
        return '{%s}' % ', '.join('%s: %s' % (key, rand_expr(rng, d)) for key in keys)
    if k == 14:
        return '%s | %s' % (rand_expr(rng, d), rand_expr(rng, d))
    if k == 15:
        return '%s || %s' % (rand_expr(rng, d), rand_expr(rng, d))
    if k == 16:
        return '%s && %s' % (rand_expr(rng, d), rand_expr(rng, d))
    if k == 17:
        return '!%s' % rand_expr(rng, d)
    if k == 18:
        return '(%s)' % rand_expr(rng, d)
    if k == 19:
        return rand_cond(rng, d)
    if k == 20:
        return '%s.%s' % (rand_expr(rng, d), rand_call(rng, d))
    return rand_call(rng, d)


def rand_cond(rng, depth):
    left = rand_expr(rng, depth)
    if rng.random() < 0.3:
        return left
    return '%s %s %s' % (left, rng.choice(OPS), rand_expr(rng, max(depth - 1, 0)))


def rand_call(rng, depth):
    name, arity = rng.choice(sorted(FUNCS.items()))
    if rng.random() < 0.1:
        arity = rng.randint(0, 3)  # wrong arity now and then
    if arity == -1:
        args = ['&' + rand_expr(rng, depth), rand_expr(rng, depth)]
    elif arity == -2:
        args = [rand_expr(rng, depth), '&' + rand_expr(rng, depth)]
    else:
        args = [rand_expr(rng, depth) for _ in range(arity)]
    return '%s(%s)' % (name, ', '.join(args))


MUTATION_CHARS = list('.[]{}()*?@&|!=<>,:`\'"-0123456789 abcé\\\t') + ['[?', '||', '&&', '==', '[]']


def mutate(rng, text):
    i = rng.randrange(len(text) + 1)
    op = rng.randrange(3)
    if op == 0 and text:
        i = min(i, len(text) - 1)
        return text[:i] + text[i + 1:]
    if op == 1:
        return text[:i] + rng.choice(MUTATION_CHARS) + text[i:]
    i = min(i, max(len(text) - 1, 0))
    return text[:i] + rng.choice(MUTATION_CHARS) + text[i + 1:]


def random_cases():
    rng = random.Random(20240601)
    docs = ['main', 'main', 'main', 'list', 'nested_proj', 'sortme', 'null']
    seen = set()
    out = []
    while len(out) < 1500:
        expr = rand_expr(rng, rng.randint(1, 4))
        if expr in seen or len(expr) > 200:
            continue
        seen.add(expr)
        out.append((expr, rng.choice(docs)))
    valid = [e for e, _ in out]
    mutated = []
    while len(mutated) < 700:
        text = mutate(rng, rng.choice(valid))
        if rng.random() < 0.3:
            text = mutate(rng, text)
        if text in seen:
            continue
        seen.add(text)
        mutated.append((text, 'main'))
    return out + mutated


# --------------------------------------------------------------------------
# Evaluation and encoding
# --------------------------------------------------------------------------

class Unrepresentable(Exception):
    pass


def enc(value):
    return tag(value, bytes_as='base64', special=query_special)


def query_special(value):
    if isinstance(value, str):
        # to_string(&a) embeds the object's address in a result string.
        return EXPREF_RE.sub(EXPREF_STR, value)
    if isinstance(value, dict) and not all(isinstance(k, str) for k in value):
        raise Unrepresentable(repr(value))
    if type(value).__name__ == '_Expression':
        return {'expref': True}
    return NotImplemented


def has_expref(value):
    if type(value).__name__ == '_Expression':
        return True
    if isinstance(value, list):
        return any(has_expref(v) for v in value)
    if isinstance(value, dict):
        return any(has_expref(v) for v in value.values())
    return False


def error(phase, exc):
    return {'phase': phase, 'class': type(exc).__name__, 'message': EXPREF_RE.sub(EXPREF_STR, str(exc))}


def run(expression, doc):
    case = {'expression': expression, 'doc': doc}
    try:
        compiled = jmespath.compile(expression)
    except Exception as exc:  # noqa: BLE001 - recording whatever Python raises
        case['error'] = error('compile', exc)
        return case
    try:
        result = compiled.search(DOCS[doc])
    except Exception as exc:  # noqa: BLE001
        case['error'] = error('search', exc)
        return case
    try:
        case['result'] = enc(result)
    except Unrepresentable as exc:
        case['result'] = {'unrepresentable': str(exc)}
    if has_expref(result):
        case['result'] = {'expref': True}
    return case


def main():
    jmespath.parser.Parser.purge()
    cases = []
    seen = set()
    for expression, doc in CASES + random_cases():
        if (expression, doc) in seen:
            continue
        seen.add((expression, doc))
        cases.append(run(expression, doc))
    fixtures = {
        'generator': 'scripts/gen-query-fixtures.py',
        'python': sys.version.split()[0],
        'jmespath': jmespath.__version__,
        'docs': {name: enc(value) for name, value in DOCS.items()},
        'cases': cases,
    }
    with open(OUT, 'w', encoding='ascii') as f:
        write_cases(f, {k: v for k, v in fixtures.items() if k != 'cases'}, cases)
    errors = sum(1 for c in cases if 'error' in c)
    print('%d cases (%d errors) -> %s' % (len(cases), errors, os.path.relpath(OUT)))


if __name__ == '__main__':
    main()
