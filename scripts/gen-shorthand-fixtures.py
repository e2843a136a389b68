#!/usr/bin/python3
"""Generate test/params/shorthand-fixtures.json: what aws-cli 2.9.19 makes of
list, structure and map parameters given on the command line.

Run with the system interpreter, which has aws-cli 2.9.19 (and its vendored
botocore):

    /usr/bin/python3 scripts/gen-shorthand-fixtures.py

Every case is a parameter of an operation and the value argparse hands to
aws-cli: a list of words for a list parameter (aws-cli gives list
parameters nargs), a string for a structure or map parameter, or a string
for a list parameter whose single word was a file:// reference (aws-cli
then passes the file's contents on bare). The value goes through the real
code path of `CLIArgument._unpack_argument`: the `process-cli-arg` event,
answered by `awscli.argprocess.ParamShorthandParser`, then
`awscli.argprocess.unpack_cli_arg` when the handler passes.

Two models are used:

- `secretsmanager`: src/api/model.json, the port's own model (the
  parameters that take shorthand: CreateSecret.Tags and AddReplicaRegions,
  TagResource.Tags, ListSecrets.Filters, and the lists of strings);
- `synthetic`: a made-up service written below and stored in the fixtures,
  with ints, floats, booleans, nested structures, maps, lists of lists and
  document types, to cover the rest of the algorithm.

The expected outcome is the value, tagged so that int/float and dict key
order survive JSON, or the exception: its class and str().

    None/bool/str  as themselves     int    {"int": "3"}
    float          {"float": "1.0"}  (repr: also nan, inf, -inf)
    list           [...]             dict   {"dict": [[key, value], ...]}
    bytes          {"bytes": "<base64>"}

Inputs are hand-written cases, one case per character for the character
classes of the parser's regexes, and seeded random token strings.
"""
import base64
import copy
import json
import os
import random
import sys

import awscli
from awscli.argprocess import ParamShorthandParser
from awscli.arguments import CLIArgument, ListArgument
from awscli.botocore.hooks import HierarchicalEmitter
from awscli.botocore.model import ServiceModel
from awscli.botocore import xform_name

from fixture_json import tag, write_cases

assert awscli.__version__ == '2.9.19', awscli.__version__

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
MODEL = os.path.join(ROOT, 'src', 'api', 'model.json')
OUT = os.path.join(ROOT, 'test', 'params', 'shorthand-fixtures.json')


# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------

def m(shape, overview=''):
    return {'shape': shape, 'overview': overview}


# In the format of src/api/model.json (what ShapeResolver reads).
SYNTHETIC = {
    'operations': {
        'Synth': {'input': 'SynthInput', 'output': None, 'errors': []},
    },
    'shapes': {
        'SynthInput': {'type': 'structure', 'members': {
            'Struct': m('StructShape'),
            'Map': m('StrMap'),
            'IntMapArg': m('IntMap'),
            'MapOfStructs': m('MapOfStructs'),
            'Structs': m('StructList'),
            'ListOfLists': m('ListOfStrLists'),
            'ListOfMaps': m('ListOfIntMaps'),
            'ListOfIntLists': m('ListOfIntLists'),
            'ValueStruct': m('ValueStruct'),
            'ValueIntStruct': m('ValueIntStruct'),
            'Strings': m('StrList'),
            'Ints': m('IntList'),
            'Bools': m('BoolList'),
            'Floats': m('DoubleList'),
            'Doc': m('DocShape'),
            'DocHolder': m('DocHolder'),
            'Docs': m('DocList'),
            'DocHolders': m('DocHolderList'),
        }},
        'StructShape': {'type': 'structure', 'members': {
            'Name': m('Str'),
            'Count': m('Int'),
            'Big': m('Long'),
            'Ratio': m('Double'),
            'F': m('Float'),
            'Enabled': m('Bool'),
            'When': m('Time'),
            'Data': m('Blob'),
            'Tags': m('StrList'),
            'Nums': m('IntList'),
            'Nested': m('NestedShape'),
            'Attrs': m('StrMap'),
            'Counts': m('IntMap'),
            'Matrix': m('ListOfIntLists'),
            'Items': m('ItemList'),
        }},
        'NestedShape': {'type': 'structure', 'members': {
            'A': m('Str'),
            'B': m('Int'),
            'Inner': m('InnerShape'),
        }},
        'InnerShape': {'type': 'structure', 'members': {'X': m('Bool'), 'Y': m('Double')}},
        'ItemShape': {'type': 'structure', 'members': {'Id': m('Str'), 'N': m('Int')}},
        'ValueStruct': {'type': 'structure', 'members': {'Value': m('Str')}},
        'ValueIntStruct': {'type': 'structure', 'members': {'Value': m('Int')}},
        'DocShape': {'type': 'structure', 'members': {}, 'document': True},
        'DocHolder': {'type': 'structure', 'members': {'D': m('DocShape'), 'S': m('Str')}},
        'StrMap': {'type': 'map', 'key': 'Str', 'value': 'Str'},
        'IntMap': {'type': 'map', 'key': 'Str', 'value': 'Int'},
        'MapOfStructs': {'type': 'map', 'key': 'Str', 'value': 'ItemWithList'},
        'ItemWithList': {'type': 'structure', 'members': {'V': m('Int'), 'L': m('StrList')}},
        'StructList': {'type': 'list', 'member': 'StructShape'},
        'ItemList': {'type': 'list', 'member': 'ItemShape'},
        'ListOfStrLists': {'type': 'list', 'member': 'StrList'},
        'ListOfIntMaps': {'type': 'list', 'member': 'IntMap'},
        'ListOfIntLists': {'type': 'list', 'member': 'IntList'},
        'StrList': {'type': 'list', 'member': 'Str'},
        'IntList': {'type': 'list', 'member': 'Int'},
        'BoolList': {'type': 'list', 'member': 'Bool'},
        'DoubleList': {'type': 'list', 'member': 'Double'},
        'DocList': {'type': 'list', 'member': 'DocShape'},
        'DocHolderList': {'type': 'list', 'member': 'DocHolder'},
        'Str': {'type': 'string'},
        'Int': {'type': 'integer'},
        'Long': {'type': 'long'},
        'Double': {'type': 'double'},
        'Float': {'type': 'float'},
        'Bool': {'type': 'boolean'},
        'Time': {'type': 'timestamp'},
        'Blob': {'type': 'blob'},
    },
}


def to_botocore(model, name):
    """The port's model format -> botocore's (shape references as dicts)."""
    shapes = {}
    for shape_name, shape in model['shapes'].items():
        shape = copy.deepcopy(shape)
        for ref in ('member', 'key', 'value'):
            if ref in shape:
                shape[ref] = {'shape': shape[ref]}
        if 'members' in shape:
            shape['members'] = {k: {'shape': v['shape']} for k, v in shape['members'].items()}
        shapes[shape_name] = shape
    operations = {
        op_name: {'name': op_name, 'http': {'method': 'POST', 'requestUri': '/'},
                  'input': {'shape': op['input']}}
        for op_name, op in model['operations'].items()
    }
    metadata = {'apiVersion': '2017-10-17', 'endpointPrefix': name, 'protocol': 'json',
                'serviceId': name, 'jsonVersion': '1.1', 'targetPrefix': name}
    return ServiceModel({'metadata': metadata, 'operations': operations, 'shapes': shapes}, name)


with open(MODEL, encoding='utf-8') as f:
    SECRETS_MODEL = json.load(f)

SERVICES = {
    'secretsmanager': to_botocore(SECRETS_MODEL, 'secretsmanager'),
    'synthetic': to_botocore(SYNTHETIC, 'synthetic'),
}

EMITTER = HierarchicalEmitter()
EMITTER.register('process-cli-arg', ParamShorthandParser())


def argument(model, operation, member):
    op_model = SERVICES[model].operation_model(operation)
    shape = op_model.input_shape.members[member]
    cls = ListArgument if shape.type_name == 'list' else CLIArgument
    return cls(name=xform_name(member, '-'), argument_model=shape, operation_model=op_model,
               event_emitter=EMITTER, serialized_name=member)


# --------------------------------------------------------------------------
# Encoding
# --------------------------------------------------------------------------

def enc(value):
    return tag(value, bytes_as='base64')


def enc_input(value):
    # Strings stay strings; bytes (and lists of them) are tagged.
    return tag(value, bytes_as='base64')


def run(model, operation, member, value):
    arg = argument(model, operation, member)
    case = {'model': model, 'operation': operation, 'member': member,
            'cliName': arg.cli_name, 'value': enc_input(value)}
    try:
        result = arg._unpack_argument(copy.deepcopy(value))
    except Exception as exc:  # noqa: BLE001
        case['error'] = {'class': type(exc).__name__, 'message': str(exc)}
    else:
        case['result'] = enc(result)
    return case


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

SM = 'secretsmanager'
SY = 'synthetic'

TAG_WORDS = [
    # The documented forms.
    ['Key=env,Value=prod'],
    ['Key=env,Value=prod', 'Key=team,Value=a'],
    ['Key=a,Value=b', 'Key=c,Value=d', 'Key=e,Value=f'],
    ['Value=prod,Key=env'],
    # Empty and missing values.
    ['Key=a,Value='], ['Key=,Value='], ['Key=,Value=b'], ['Key=a'], ['Value=b'], ['Key='],
    ['Key=a,Value=b,Extra=c'], ['key=a,value=b'],
    # Lists where a string is wanted (left to validation).
    ['Key=a,Value=b,c'], ['Key=a,Value=b,c,d'], ['Key=a,b,Value=c'], ['Key=a,b,c=d'],
    ['Key=a,Value=[b,c]'], ['Key=[]'], ['Key={}'], ['Key={a=b}'], ['Key=[a,[b,c],{d=e}]'],
    ['Key=[a, b ,c ]'], ['Key=[ a ]'], ['Key=[a,]'], ['Key=[,a]'], ['Key=[a'], ['Key=[a,b'],
    ['Key={a=b'], ['Key={a=b,}'], ['Key={a}'], ['Key={=b}'], ['Key={ a = b , c = [d] }'],
    ['Key={a={b={c=d}}}'], ['Key=[[[]]]'], ['Key=[{}]'], ['Key={a=[]}'], ['Key=[a]b'],
    ['Key={a=b}c'], ['Key=[a] ,Value=b'], ['Key=["a,b",\'c]d\']'],
    # Escaped commas.
    ['Key=a,Value=b\\,c'], ['Key=a\\,b'], ['Key=\\,'], ['Key=a\\\\,b'], ['Key=a,Value=b,c\\,d'],
    ['Key=a,Value=\\,b'], ['Key=a\\'], ['Key=\\'], ['Key=a\\b'],
    # Quotes and their escapes.
    ["Key='a,b',Value=\"c d\""], ["Key='it\\'s',Value=\"say \\\"hi\\\"\""], ["Key='a\\\\b'"],
    ["Key='a\\\\'"], ["Key='a\\'"], ["Key='a\\'b"], ["Key='a"], ['Key="a'], ["Key=''"], ['Key=""'],
    ["Key='a'b"], ["Key='a' "], ["Key='a',Value='b'"], ["Key='a''b'"], ["Key=a'b"], ['Key=a"b"'],
    ["Key='a\\nb'"], ['Key="a\\tb"'], ["Key='\"'"], ['Key="\'"'], ["Key='a,b',Value=c,'d,e'"],
    ["Key=a,Value='b',\"c\""], ["Key=a,Value=b,'c,d'=e"], ["Key='a'\\'b'"],
    ["Key=a,Value='x\\'y'z'"], ["Key='\\'"], ["Key='\\\\\\''"],
    # Whitespace.
    ['Key = a , Value = b'], [' Key=a,Value=b'], ['Key=a,Value=b '], ['Key=a ,Value=b'],
    ['Key=a, Value=b'], ['Key=a,\tValue=b'], ['Key=a\t,Value=b'], ['Key=\ta'], ['Key=a\t'],
    ['Key=a b,Value=c d'], ['Key=a Value=b'], ['Key=a\nb'], ['Key=a,\nValue=b'],
    ['Key=a,\nValue=b,\nKey=c'], ['Key=a,Value=b\n'], ['\nKey=a'], ['Key=a\r\n,Value=b'],
    ['Key=a\x0b'], ['Key=a\x0c,Value=b'], ['Key=a\xa0'], ['Key=\xa0a'], ['Key=a\u3000,Value=b'],
    ['Key=a\x1c'], ['Key=a,Value=b\x85'], ['Key\t=a'], ['Key =a'], ['Key= a'],
    # Unicode.
    ['Key=\xe9,Value=\u65e5\u672c'], ['Key=\U0001F600'], ["Key='\U0001F600'"], ['Key=a\U0001F600'],
    ['Key=a,Value=\U0001F600'], ['Key=a,Value=b,\U0001F600'], ['Key=\u00e9\U0001F600,Value=x'],
    ['Key=\uffff'], ['Key=\ufeffa'], ['\u00e9=a'], ['Key=a,\U0001F600=b'], ['Key=\u2028'],
    # Syntax errors.
    [''], ['='], ['Key'], [','], ['Key=a,'], ['Key=a,,Value=b'], ['Key=a,Key=b'],
    ['Key=a,Value=b,Key=c,Value=d'], ['Key=a,Value=b,Value=c'], ['Key=a=b'], ['Key==a'],
    ['Key=a,=b'], ['=a'], ['Key=a,Value'], ['Key=a,Value=b,'], ['Key=a,Value=b,,'],
    ['Key=a, Value=b, Key=c'], ['Key=a\n,Key=b'], ['Key=a,\nKey=b'], ['a,b=c'],
    ['Key=a Key=b'], ['Key=a,b Key=c'], ['Key=a]'], ['Key=a}'], ['Key=a[b'], ['Key=a{b'],
    ['K!ey=a'], ['K ey=a'], ['Ke-y.#/:_9=a'], ['Key:=a'], ['Key=a,Value=b c=d'],
    ['Key=a,Value=b', ''], ['Key=a,Value=b', 'bad'], ['bad', 'Key=a'], ['Key=a', 'Key=a,Key=b'],
    # JSON.
    ['[{"Key":"a","Value":"b"}]'], ['{"Key":"a","Value":"b"}'], ['{"Key":"a"}', '{"Key":"c"}'],
    ['  [{"Key":"a"}]'], ['\n{"Key":"a"}'], ['[invalid'], ['{"Key": }'], ['{"Key":"a"}', 'Key=b'],
    ['Key=b', '{"Key":"a"}'], ['[{"Key":"a"}]', '{"Key":"b"}'], ['{}', ' {} '],
    ['[]'], ['{"Key":"a"} x'], ['[{"Key": 1, "Value": 1.5, "X": null, "Y": true}]'],
    ['{"b":1,"a":2,"b":3}'], ['\u3000{"Key":"a"}'], ['\xa0[]'],
    ['[1,'], ['[{"Key":"a",}]'], ['[1] x'], ['[{"Key" "a"}]'], ['[tru]'], ['["\\x"]'], ['["\x01"]'],
    ['[NaN, Infinity, -Infinity]'], ['[-]'], ['["\\ud800"]'], ['[1e999, -1e999, 1.0, 10, -0]'], ['["\\u12"]'],
    ['["abc'], ['["abc\\'], ['["a\\"'], ['[\n1,\n2,\n'], ['[\u00e9, 1]'], ['["\U0001F600", x]'],
    ['{"a": 1} {'], ['{"a"'], ['{1: 2}'], ['["\\u00e9\\ud83d\\ude00"]'],
    [],
]

TAG_FILE_STRINGS = [
    'Key=a,Value=b', '[{"Key":"a"}]', '{"Key":"a"}', '', ' ', 'Key=a Key=b', 'bad', '[bad',
]

FILTER_WORDS = [
    ['Key=name,Values=app/,prod'], ['Key=name,Values=a'], ['Key=name,Values=a,b,c', 'Key=tag-key,Values=x'],
    ['Key=name,Values=[a,b]'], ['Key=name,Values='], ['Values=a,b,Key=name'], ['Key=name,Values=a,b c,d'],
    ['Key=name,Values=a,"b,c"'], ['Key=name,Values=a,b=c'], ['Key=all,Values=!a'], ['Key=name,Values=a,,b'],
    ['Key=name,Values={a=b}'], ['Key=name,Values=[a,{b=c},[d]]'], ['Key=bogus,Values=x'],
    ['Key=name,Values=a,b,'], ['Key=name,Values=a,b,c=d,e'], ['Key=name,Values=[]'],
    ['Key=name,Values=a,Values=b'], ['Values=a'], ['Key=name'], ['Key=name,Values=a', 'Values=b,c'],
    ['Key=name,Values=a,b', 'Key=description,Values=c d'], ['Key=name,Values=a ,b ,c'],
    ['Key=name,Values=a, b, c'], ['Key=name,Values=a\t,\tb'], ['Key=name,Values=a,\\,b'],
    ['Key=name,Values=\'a,b\',c'], ['Key=name,Values=a,\'b\',"c"'], ['Key=name,Values=a,\'b'],
    ['Key=name,Values=a,"b'], ['Key=name,Values=a,b]'], ['Key=name,Values=a,[b]'], ['Key=name,Values=a,{b}'],
    ['Key=name,Values=a,b}c'], ['Key=name,Values=a,b{c'], ['Key=name,Values=a,b[c]'],
    ['Key=name,Values=a,=b'], ['Key=name,Values=a,b\n,c'], ['Key=name,Values=a,\U0001F600'],
    ['Key=name,Values=a,b\U0001F600'], ['Key=name,Values=a,\xe9'], ['Key=name,Values=a,b\xa0'],
    ['Key=name,Values=a,\xa0b'], ['Key=name,Values=a,b \\,c'], ['Key=name,Values=x,y', 'Key=name,Values=x'],
    ['[{"Key":"name","Values":["a"]}]'], ['{"Key":"name","Values":"a"}'],
]

REPLICA_WORDS = [
    ['Region=us-east-1,KmsKeyId=alias/x'], ['Region=us-west-2'], ['Region=eu-west-1', 'Region=ap-south-1,KmsKeyId=k'],
    ['Region=us-east-1,KmsKeyId=arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['Region=us-east-1,KmsKeyId='], ['Region=us-east-1,Region=us-west-2'], ['Region=us-east-1 Region=us-west-2'],
    ['Region=us-east-1,us-west-2'], ['KmsKeyId=k'], ['Region'], ['[{"Region":"us-east-1"}]'],
]

STRING_LIST_WORDS = [
    ['a', 'b'], ['a'], ['["a","b"]'], ['[bad'], ['[1,2]', 'x'], ['{"a":1}'], ['Key=a'], [' [ "x" ]'], [],
]
STRING_LIST_FILE = ['abc', '', '  ', '["x"]', ' ["x"]', 'a,b']

SYNTH_STRUCT = [
    'Name=a,Count=3,Big=12345678901234567890,Ratio=1.5,F=2,Enabled=true',
    'Count=abc', 'Count=1_000', 'Count= 7 ', 'Count=-5', 'Count=+5', 'Count=0x10', 'Count=1.5', 'Count=',
    'Count=\u0661\u0662', 'Count=\u00b2', 'Count=[1,2]', 'Count={a=b}', 'Count=1,2', 'Count="12"',
    'Count=1__0', 'Count=_1', 'Count=' + '9' * 4301, 'Count=' + '9' * 4300,
    'Big=-9223372036854775809', 'Ratio=inf', 'Ratio=-Infinity', 'Ratio=nan', 'Ratio=1e400', 'Ratio=abc',
    'Ratio=-0', 'Ratio=1_0.5', 'Ratio=.5', 'Ratio=5.', 'Ratio=1e5', 'Ratio=0.1', 'Ratio=[1]', 'Ratio=',
    'F=3', 'F=1e-320',
    'Enabled=TRUE', 'Enabled=False', 'Enabled=yes', 'Enabled=', 'Enabled=[a]', 'Enabled={a=b}', 'Enabled=true,false',
    'Tags=a', 'Tags=a,b', 'Tags=[a,b]', 'Tags=', 'Tags={a=b}', 'Tags=[[a]]',
    'Nums=1,2,3', 'Nums=1', 'Nums=[1,2]', 'Nums=[a]', 'Nums=[[1]]', 'Nums=[1,{a=b}]', 'Nums=',
    'Nested={A=x,B=2,Inner={X=false,Y=3}}', 'Nested={B=x}', 'Nested={Inner={X=maybe}}', 'Nested=abc',
    'Nested={Inner={Y=[1]}}', 'Nested=[{B=1}]', 'Nested={}', 'Nested={Other=1}',
    'Attrs={k1=v1,k2=v2}', 'Attrs={}', 'Attrs=x', 'Attrs={a=[b]}',
    'Counts={a=1,b=2}', 'Counts={a=x}', 'Counts={a=[1]}', 'Counts={z=1,a=2,m=3}', 'Counts={a=1,a=2}',
    'Matrix=[[1,2],[3]]', 'Matrix=[1,2]', 'Matrix=1', 'Matrix=[[x]]', 'Matrix=[[]]',
    'Items=[{Id=a,N=1},{Id=b}]', 'Items={Id=a,N=1}', 'Items=[{N=x}]', 'Items=[a]',
    'When=2020-01-01T00:00:00Z', 'Data=abc', 'Unknown=x', 'Enabled=[x],Count=abc', 'Count=abc,Enabled=[x]',
    'Nested={B=x},Count=y', 'Items=[{N=x}],Nums=[y]',
    '[{"Name":"a"}]', '{"Name":"a","Count":1}', ' {"Name": 1}', '{bad', 'Name', '', ' ', '[', 'Name=a,Name=b',
    '{"Count": 1e400, "Ratio": -0.0, "Name": "\\u00e9"}', '\u3000{"Name":"a"}',
]

SYNTH_OTHER = [
    ('Map', 'a=1,b=2'), ('Map', 'a=1,a=2'), ('Map', 'k.with-chars/#:=v'), ('Map', 'a=b,c'), ('Map', 'z=1,a=2'),
    ('Map', '{"a":"b"}'), ('Map', '[1]'), ('Map', 'a={b=c}'), ('Map', '=v'), ('Map', 'a=1,=2'),
    ('IntMapArg', 'a=1,b=x'), ('IntMapArg', 'a=1,b=2'), ('IntMapArg', 'a=[1,2]'),
    ('MapOfStructs', 'k1={V=1,L=a},k2={L=[x,y]}'), ('MapOfStructs', 'k={V=x}'), ('MapOfStructs', 'k=v'),
    ('Structs', ['Name=a,Count=1', 'Name=b,Count=x']), ('Structs', ['Count=x', 'bad']),
    ('Structs', ['Count=x', 'Enabled=[a]']), ('Structs', ['Name=a', 'Name=b,Tags=c']),
    ('Structs', 'Name=a,Count=1'), ('Structs', 'Count=x'), ('Structs', '[{"Count": 1}]'),
    ('ListOfLists', ['a=b']), ('ListOfLists', ['[a,b]']), ('ListOfLists', ['x']), ('ListOfLists', ['a=b', 'c=[d]']),
    ('ListOfLists', ['["a"]', '["b"]']), ('ListOfLists', ['["a"]', 'bc']), ('ListOfLists', ['["a"]', '']),
    ('ListOfLists', ['{"a":1}', '[1]']), ('ListOfLists', '[["a"]]'), ('ListOfLists', 'a=b'),
    ('ListOfMaps', ['a=1,b=2', 'c=3']), ('ListOfMaps', ['a=x']), ('ListOfMaps', ['{"a": 1}', '{"b": 2}']),
    ('ListOfMaps', ['{"a": 1}', 'b=2']),
    ('ListOfIntLists', ['a=1']), ('ListOfIntLists', ['[1]', '[2, 3]']), ('ListOfIntLists', ['[1]', '12']),
    ('ListOfIntLists', ['[1]', 'x1']),
    ('ValueStruct', 'shutdown'), ('ValueStruct', 'Value=x'), ('ValueStruct', 'a=b'), ('ValueStruct', ''),
    ('ValueStruct', '{"Value":"x"}'), ('ValueStruct', '[x]'), ('ValueStruct', 'a b'), ('ValueStruct', ' {x'),
    ('ValueIntStruct', 'shutdown'), ('ValueIntStruct', 'Value=1'), ('ValueIntStruct', 'Value=x'),
    ('Strings', ['a', 'b']), ('Strings', ['[1,2]']), ('Strings', ['[1,2]', 'x']), ('Strings', 'abc'), ('Strings', ''),
    ('Strings', '  '), ('Strings', b'ab'), ('Strings', [b'ab']),
    ('Ints', ['1', '2']), ('Ints', ['1', 'x']), ('Ints', ['x']), ('Ints', [' 12 ']), ('Ints', '12'), ('Ints', '1x'),
    ('Ints', b'12'), ('Ints', ['[1, 2]']), ('Ints', ['1_0', '\u0661']), ('Ints', ['x', '1']),
    ('Bools', ['true', 'False', 'false', '0', '']), ('Bools', 'tf'),
    ('Floats', ['1.5', '2', 'inf', '-nan']), ('Floats', ['1.5', 'x']), ('Floats', '1.'),
    ('Doc', '{"a": [1, 2.5, null]}'), ('Doc', 'a=b'), ('Doc', '[1]'), ('Doc', '"x"'),
    ('DocHolder', 'S=x'), ('DocHolder', 'D=x'), ('DocHolder', 'D={a=b},S=1'), ('DocHolder', '{"D": {"x": 1}}'),
    ('DocHolder', 'D='), ('DocHolder', 'S=x,D=[1]'),
    ('Docs', ['{"a":1}', '[1]']), ('Docs', ['a=b']), ('Docs', ['1', '"s"']),
    ('DocHolders', ['S=a', 'D=b']), ('DocHolders', ['S=a']),
    ('Struct', b'Name=a'), ('Struct', b''), ('Map', b'  '), ('Structs', b'Name=a'), ('Structs', [b'Name=a']),
    ('Structs', ['Name=a', b'x']), ('Structs', ['bad', b'x']), ('Structs', b''),
]

# Characters around the edges of the parser's regex character classes.
SPECIAL_CHARS = [
    '\x85', '\xa0', '\xe9', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f',
    '\u3000', '\ufeff', '\uffff', '\U00010000', '\U0001F600', '\U0010FFFF', '\u0661', '\u00b2',
]
CHAR_TEMPLATES = ['k=a{c}b', 'k={c}', 'k=a,{c}', 'k=a,b{c}c', 'k{c}=v', "k='{c}'", 'k=[{c}]', 'k={{a={c}}}']


def char_cases():
    chars = [chr(i) for i in range(0x80)] + SPECIAL_CHARS
    for template in CHAR_TEMPLATES:
        for c in chars:
            yield (SY, 'Synth', 'Map', template.format(c=c))


FUZZ_TOKENS = [
    'Key', 'Value', 'Values', 'Key=', 'Value=', 'Values=', 'a', 'b c', 'name', ',', ',', ',', '=', '=', ' ', '\t',
    '\n', "'", '"', '\\', '\\,', '[', ']', '{', '}', '\xe9', '\U0001F600', 'x=y', "\\'", '\\"', '\\\\', 'K=v',
]
NESTING_TOKENS = ['[', ']', '{', '}', '[', '{', '=', '=', ',', ',', 'a', 'b', ' ', '\n', "'x'", '"', '\\,', 'k=']
QUOTE_TOKENS = ["'", "'", '"', '\\', '\\', 'a', ',', '=', ' ']


def fuzz_cases():
    rng = random.Random(20240917)

    def text(tokens, lo, hi):
        return ''.join(rng.choice(tokens) for _ in range(rng.randint(lo, hi)))

    for _ in range(700):
        words = [text(FUZZ_TOKENS, 1, 10) for _ in range(rng.choice([1, 1, 1, 2]))]
        yield (SM, 'CreateSecret', 'Tags', words)
    for _ in range(500):
        yield (SM, 'ListSecrets', 'Filters', ['Key=name,Values=' + text(FUZZ_TOKENS, 0, 8)])
    for _ in range(400):
        yield (SM, 'ListSecrets', 'Filters', [text(FUZZ_TOKENS, 1, 10)])
    for _ in range(500):
        yield (SY, 'Synth', 'Map', 'k=' + text(QUOTE_TOKENS, 0, 12))
    for _ in range(300):
        yield (SY, 'Synth', 'Map', 'k=a,' + text(QUOTE_TOKENS, 0, 10) + rng.choice(['', ',j=b', '=c']))
    for _ in range(600):
        yield (SY, 'Synth', 'Map', 'k=' + text(QUOTE_TOKENS, 8, 18))
    for _ in range(600):
        yield (SY, 'Synth', 'Map', 'k=' + text(NESTING_TOKENS, 1, 14))
    struct_tokens = FUZZ_TOKENS + ['Count=', 'Nums=', 'Enabled=', 'Nested=', 'Inner=', 'X=', 'B=', '1', 'true']
    for _ in range(400):
        yield (SY, 'Synth', 'Struct', text(struct_tokens, 1, 10))


def all_cases():
    for words in TAG_WORDS:
        yield (SM, 'CreateSecret', 'Tags', words)
    for words in TAG_WORDS[:12]:
        yield (SM, 'TagResource', 'Tags', words)
    for value in TAG_FILE_STRINGS:
        yield (SM, 'CreateSecret', 'Tags', value)
    for words in FILTER_WORDS:
        yield (SM, 'ListSecrets', 'Filters', words)
    for words in REPLICA_WORDS:
        yield (SM, 'CreateSecret', 'AddReplicaRegions', words)
    for words in STRING_LIST_WORDS:
        yield (SM, 'PutSecretValue', 'VersionStages', words)
        yield (SM, 'UntagResource', 'TagKeys', words)
    for value in STRING_LIST_FILE:
        yield (SM, 'PutSecretValue', 'VersionStages', value)
    for value in SYNTH_STRUCT:
        yield (SY, 'Synth', 'Struct', value)
    for member, value in SYNTH_OTHER:
        yield (SY, 'Synth', member, value)
    yield from char_cases()
    yield from fuzz_cases()


def main():
    cases = []
    seen = set()
    for model, operation, member, value in all_cases():
        key = (model, operation, member, json.dumps(enc_input(value)))
        if key in seen:
            continue
        seen.add(key)
        cases.append(run(model, operation, member, value))
    fixtures = {
        'generator': 'scripts/gen-shorthand-fixtures.py',
        'python': sys.version.split()[0],
        'awscli': awscli.__version__,
        'syntheticModel': SYNTHETIC,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='ascii') as f:
        write_cases(f, fixtures, cases)
    errors = sum(1 for c in cases if 'error' in c)
    print('%d cases (%d errors) -> %s' % (len(cases), errors, os.path.relpath(OUT)))


if __name__ == '__main__':
    main()
