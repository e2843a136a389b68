"""Record what aws-cli's own formatters print for a large corpus of values,
into test/output/fixtures.json, so the TypeScript ports can be compared byte
for byte without Python at test time.

Run with Debian's /usr/bin/python3 (aws-cli 2.9.19, ruamel.yaml 0.17.21 with
the libyaml-based C emitter, colorama 0.4.6):

    /usr/bin/python3 scripts/gen-output-fixtures.py > test/output/fixtures.json

Every formatter is driven through its public __call__ with an empty response
and a stand-in for --query that returns the value, so the code path is the
one `aws ... --query` takes. Values are encoded so that Python's types
survive JSON: {"int": "3"}, {"float": "1.0"}, {"dict": [[k, v], ...]},
{"bytes": hex}; {"def": n, "value": v} and {"ref": n} mark one object
appearing twice (YAML writes anchors for that).
"""
import argparse
import io
import json
import random
import sys

import colorama

import awscli.table
from awscli import formatter

from fixture_json import tag, write_cases

WIDTHS = [0, 20, 80, 200]
SEED = 20240611
RANDOM_CASES = 400
# Long strings make wide tables of many lines, which bloat the fixtures; the
# YAML-only random cases get them often, the others rarely.
YAML_RANDOM_CASES = 300
long_string_share = 0.01
MAX_TABLE_CHARS = 6000
RESET = colorama.Style.RESET_ALL


class Query:
    def __init__(self, value):
        self.value = value

    def search(self, data):
        return self.value


class Recorder:
    """A stream that remembers each write() call, as the table's chunking matters."""

    def __init__(self):
        self.chunks = []
        self.closed = False

    def write(self, text):
        self.chunks.append(text)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        return ''.join(self.chunks)


def args(value, color='off'):
    return argparse.Namespace(query=Query(value), color=color)


def run(make, title, value):
    stream = Recorder()
    try:
        make(args(value))(title, {}, stream)
    except Exception as e:  # aws-cli prints str(e) for any of these
        return {'error': str(e), 'type': type(e).__name__, 'out': stream.getvalue()}
    return {'out': stream.getvalue()}


def set_width(width):
    awscli.table.determine_terminal_width = lambda default_width=80: width


def run_table(title, value, width):
    set_width(width)
    stream = Recorder()
    try:
        formatter.TableFormatter(args(value, 'off'))(title, {}, stream)
    except Exception as e:
        return {'error': str(e), 'type': type(e).__name__, 'out': stream.getvalue()}
    return {'out': stream.getvalue()}


def run_color_table(title, value, width, keep_bytes):
    """Colour on, twice: once on a recorder for the write() calls, and once
    the way the CLI writes, to a pipe through colorama's autoreset wrapper."""
    set_width(width)
    real_stdout, real_stderr = sys.stdout, sys.stderr
    chunks = Recorder()
    piped = Recorder()
    try:
        sys.stdout = Recorder()
        try:
            formatter.TableFormatter(args(value, 'on'))(title, {}, chunks)
        finally:
            colorama.deinit()
        sys.stdout = piped
        try:
            # stream=None: the formatter picks up sys.stdout, which
            # ColorizedStyler's colorama.init() has just wrapped.
            formatter.TableFormatter(args(value, 'on'))(title, {}, None)
        finally:
            colorama.deinit()
        error = None
    except Exception as e:
        error = {'error': str(e), 'type': type(e).__name__}
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr
    # The autoreset wrapper appends a reset after every write() call, empty
    # ones included; the tests rebuild these bytes from the chunks, so keep
    # the real bytes for the hand-picked cases and check the rest here.
    assert piped.getvalue() == ''.join(c + RESET for c in chunks.chunks), (title, value)
    result = {'chunks': chunks.chunks}
    if keep_bytes:
        result['bytes'] = piped.getvalue()
    if error:
        result.update(error)
    return result


def grouped(results):
    """Widths giving identical output share one entry."""
    out = []
    for width, result in results:
        for entry in out:
            if entry['result'] == result:
                entry['widths'].append(width)
                break
        else:
            out.append({'widths': [width], 'result': result})
    return [dict(widths=e['widths'], **e['result']) for e in out]


# How often each list or dict object occurs in the value being recorded.
shared_count = {}


def encode(value, seen):
    if not isinstance(value, (list, dict)):
        return tag(value)
    if id(value) in seen:
        return {'ref': seen[id(value)]}
    if shared_count.get(id(value), 0) > 1:
        seen[id(value)] = len(seen) + 1
        inner = encode_container(value, seen)
        return {'def': seen[id(value)], 'value': inner}
    return encode_container(value, seen)


def encode_container(value, seen):
    if isinstance(value, list):
        return [encode(v, seen) for v in value]
    return {'dict': [[k, encode(v, seen)] for k, v in value.items()]}


def count_shared(value):
    if isinstance(value, (list, dict)):
        shared_count[id(value)] = shared_count.get(id(value), 0) + 1
        if shared_count[id(value)] > 1:
            return
        for v in (value if isinstance(value, list) else value.values()):
            count_shared(v)


def record(title, value, keep_bytes, tables=True):
    shared_count.clear()
    count_shared(value)
    case = {'title': title, 'value': encode(value, {})}
    case['json'] = run(formatter.JSONFormatter, title, value)
    case['text'] = run(formatter.TextFormatter, title, value)
    case['yaml'] = run(formatter.YAMLFormatter, title, value)
    case['yaml-stream'] = run(formatter.StreamedYAMLFormatter, title, value)
    if not tables:
        return case
    table = grouped([(w, run_table(title, value, w)) for w in WIDTHS])
    if any("'<' not supported" in t.get('error', '') for t in table):
        # Sorting a set of mixed str/int keys fails in an order that depends
        # on str hashes, which Python randomises per process.
        table = None
    case['table'] = table
    case['table-color'] = None if table is None else grouped(
        [(w, run_color_table(title, value, w, keep_bytes)) for w in WIDTHS])
    return case


# Hand-picked cases: the spec's examples and the edges of each algorithm.
ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3'
UUID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'
YAML_WORDS = [
    'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'TRUE', 'false', 'null', 'Null',
    'NULL', '~', '', ' ', '123', '-123', '+1', '0x1F', '0o17', '0b101', '017', '1_000',
    '1.5', '1.', '.5', '-.5', '1e3', '1E3', '1e+3', '1.0e-3', '.inf', '-.Inf', '+.INF',
    '.nan', '.NaN', 'nan', 'inf', '2024-01-01', '2024-1-1 10:00:00', '2024-01-01T10:00:00Z',
    '2001-12-14t21:59:43.10-05:00', '12:30', '1:20:30', '<<', '=', '=x', '@x', '`x',
    '!x', '&x', '*x', '|x', '>x', "'x", '"x', '%x', '#x', 'a #b', 'a#b', 'a: b', 'a:b',
    'a:', ':a', ': a', '- x', '-x', '-', '--', '---', '--- x', '...', '.. .', '? x', '?x',
    '?', ',x', 'x,y', '[x]', 'x]', '{x}', 'x}', 'x y', ' lead', 'trail ', '  ', 'a  b',
    '-1.5e10', 'with space', '日本語', 'x/y+z=w.v@u-t', 'Ünïcødé', 'café', '_', '+_', '._',
]
ODD_STRINGS = [
    'a\tb', 'a\nb', 'a\n', '\nb', 'a\n\nb', 'a \nb', 'a\n b', 'a\rb', 'a\r\nb', '\x00',
    'a\x01b', 'a\x1bb', 'a\x7fb', 'a\x85b', 'a\xa0b', '\xa0', 'a\u2028b', 'a\u2029b',
    '\u2028', 'a\ufeffb', '\ufeff', 'a\ufffeb', 'a\uffffb', '\ud7ff\ue000\ufffd',
    'key 🔑', '🔑', 'e\u0301', 'a\u200db', 'ＡＢ', '한국어', 'ß', 'ø', 'é', 'Ü',
    "it's", 'say "hi"', 'back\\slash', 'a\u3000b', 'tab\tend\t', '\t', 'x\x08y\x0cz\x0bw',
    'x\x07', 'multi\nline\n', 'multi\nline\n\n', '\n', '\n\n', ' \n', 'a\n\n\n', 'x\u2028 y',
    'x \u2028y', 'x\u2028\u2029y',
]


def long_strings():
    words = ['word%02d' % i for i in range(40)]
    out = [' '.join(words), ' '.join(words[:12]), 'x' * 200,
           ' '.join(words) + ' end', 'a ' * 60, '  '.join(words[:20]),
           ' '.join(words[:25]) + '\x01', ' '.join(words[:25]) + ' 🔑',
           "it's " * 30, ('quote" ' * 30).strip(), ' '.join(words[:30]) + '\n' + ' '.join(words),
           ' ' + ' '.join(words[:20]), ' '.join(words[:20]) + ' ', 'a: ' + ' '.join(words),
           '秘密 ' * 50, 'é ' * 70, 'x' * 78 + ' y z', 'x' * 79 + ' y z', 'x' * 80 + ' y z',
           'x' * 81 + ' y z', 'x' * 76 + '  y  z', 'x' * 90 + '  ' + 'y' * 10 + '   z',
           ('\x01 ' * 50), 'x' * 81 + ' \\ "q" ' + 'y' * 80 + ' z', 'k' * 129, 'k' * 128,
           'é' * 64 + 'x', 'é' * 65]
    return out


def hand_cases():
    cases = []
    add = lambda v, title='UpdateSecret': cases.append((title, v))
    add({'ARN': ARN, 'Name': 'MyTestSecret', 'VersionId': UUID})
    add({'ARN': ARN, 'Name': 'MyTestSecret'})
    add({'ARN': 'arn:a', 'Name': 'n', 'VersionId': 'v1'})
    add({'ARN': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf', 'Name': 'x',
         'VersionId': 'v'})
    add({'ARN': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:café-秘密-🔑-Ünïcødé-AbCdEf',
         'Name': 'café-秘密-🔑-Ünïcødé', 'VersionId': UUID})
    add({'ARN': ARN, 'Name': 'a\tb\nc\x01d\x7fe\u2028f"g\\h/ié', 'VersionId': UUID})
    add({'a': 'MyTestSecret', 'b': UUID, 'x': {'y': ARN, 'z': 'MyTestSecret'}})
    add({'n': 'a'})
    add({'name': 'app/db-password', 'note': 'dépôt clé 秘密 🔑 ünï', 'tab': 'a\tb'})
    add([[ 'MyTestSecret', UUID], [ARN]])
    add([['a', 'b'], ['c']])
    add([['a'], ['b', 'c']])
    for scalar in ['a1b2', None, 12, True, False, 0, '', [], {}, 1.0, -0.0, 0.0, float('nan'),
                   float('inf'), -float('inf'), 1e16, 1e-5, 10 ** 30, -3, 'yes', '123', 'a\tb']:
        add(scalar)
    add([ARN, 'MyTestSecret'])
    add([ARN, None])
    add({'z': 'MyTestSecret', 'a': ARN})
    add({'b': 1, '1': 2, 'a': 3, 'B': 4, '_': 5, 'é': 6, '\uff01': 7, '🔑': 8, '': 9})
    add({'k': [], 'm': {}, 'l': [[], {}], 'n': None, 'e': ''})
    add({'Items': [{'a': 1, 'b': 'x'}, {'b': 'y', 'c': [1, 2]}, {'a': 3, 'd': {'e': 'f'}}]})
    add({'Items': [{'a': 1}, {'a': 2}, {'a': 3}]})
    add({'Items': [{'a': 1, 'l': [{'x': 1}, {'x': 2, 'y': 3}]}, {'a': 2, 'l': []},
                   {'a': 3, 'l': [{'z': 'deep', 'm': {'q': 'r', 's': ['t', 'u']}}]}]})
    add({'Tags': [{'Key': 'env', 'Value': 'prod'}, {'Key': 'team', 'Value': 'platform'}],
         'Name': 'x', 'VersionIdsToStages': {'v1': ['AWSCURRENT', 'AWSPREVIOUS'], 'v2': []}})
    add([{'a': 1}, 'x'])
    add([{'a': 1}, ['x']])
    add([{'a': 1}, [0]])
    add([{}, [0, 1]])
    add([{}, [5]])
    add([{}, ['x']])
    add([{}, [None]])
    add([{}, [1.5]])
    add([{}, [True, -1]])
    add([{}, 'abc'])
    add([{}, ''])
    add([{}, []])
    add([{}, 3])
    add([{}, None])
    add([{'a': 1}, {'a': [1]}])
    add([{'a': [1]}, {'a': 1}])
    add(['x', {'a': 1, 'b': 2}, ['p', 'q']])
    add(['x', ['p', ['q']]])
    add([['p', ['q', {'r': 1}]]])
    add([[{'a': 1}, {'a': 2, 'b': [{'c': 1}]}], 'x'])
    add(['x', [{'a': 1, 'b': 2}]])
    add(['x', [{'a': 1}, {'a': 2, 'm': ['n']}]])
    add(['x', [{'a': 1, 'm': ['n']}]])
    add([[], 'x'])
    add([{}, {}])
    add([{'a': {}}, {'a': []}])
    add(['a', 'b', ['c', 'd']])
    add([['a', 'b'], ['c', 'd']])
    add([[1, 2], [3]])
    add(['x', ['y']])
    add([['y'], 'x', 'z'])
    add({'x': [['a', 'b'], ['c']]})
    add({'l': [1, 'two', 3.0, None, True]})
    add({'Title wider than everything else in this table by a lot': {'a': 'b'}})
    add({'a': 'x' * 100, 'b': 'y'})
    add({'a': 'x' * 100, 'b': 'y', 'c': 'z'})
    add({'h' * 30: 'v', 'i': 'w'})
    add({'h' * 30: 'v', 'i': 'w', 'sub': {'k' * 40: 'v', 'j': 'w'}})
    add({'a': 'b'}, 'A title much wider than the data, odd')
    add({'a': 'b'}, 'A title much wider than the data, even')
    add({'a': 'b', 'c': 'd'}, '秘密のタイトル')
    add({'s': 'é' * 10, 't': 'Ü' * 10})
    add({'s': 'ｗｉｄｅ', 't': 'narrow'})
    add({'d1': {'d2': {'d3': {'d4': {'k': 'v', 'k2': 'v2'}}}}})
    add({'d1': {'d2': {'d3': {'d4': 'v'}}}, 'top': 't'})
    add({'Error': {'Code': 'ResourceNotFoundException', 'Message': "Secrets Manager can't find the specified secret."}}, 'error')
    add({'l': [['a', 'b'], ['c', 'd']], 'm': [[1], [2, 3]]})
    add({'n': [1, 2.5, 10 ** 20, -7, float('nan')]})
    add({'b': b'abc', 'c': [b'\x00\xff']})
    add(b'raw bytes')
    add({'x': ' ' * 3, 'y': '\n'})
    for s in YAML_WORDS + ODD_STRINGS + long_strings():
        add({'k': s})
    add(YAML_WORDS)
    add(ODD_STRINGS)
    add(dict((s, i) for i, s in enumerate(YAML_WORDS + ODD_STRINGS)))
    add(dict((s, s) for s in long_strings()))
    add({'outer': {'inner': long_strings()[:12], 'deeper': {'x': long_strings()[12:]}}})
    add([[long_strings()[0], [long_strings()[1], {'k': long_strings()[3]}]]])
    add({'k' * 129: {'a': 1}, 'k' * 130: ['x'], 'q' * 129: [], 'r' * 129: 'plain'})
    add({'multi\nkey': {'a': 1}, 'multi\nkey2': ['x', 'y'], 'multi\nkey3': 'v'})
    add({'k': {'k' * 129: 'v', 'x': {'k' * 129: {'y': 'z'}}}})
    add({'ƛ': ['x'], 'ß': ['y'], 'ﬁx': {'a': 1, 'b': 2}, 'ŉ': [1], 'ꟍ': {'c': [2]}, 'é': [[3]]})
    add([{'a': 1}, [10 ** 20]])
    add([{'': [1]}, ''])
    add([{'a': [1]}, b''])
    add([{'a': [1]}, []])
    add([{}, b'\x00\x01'])
    add({'b': b'', 'c': b'\n' * 100})
    shared = {'a': 1, 'b': [1, 2]}
    shared_list = ['p', 'q']
    empty = []
    add([shared, shared, {'again': shared, 'l': shared_list}, shared_list, empty, empty])
    add({'one': shared, 'two': shared, 'three': [shared]})
    add({'x': {'a': empty, 'b': empty}})
    return cases


# Random values: nested dicts and lists of every scalar type.
ALPHABET = (list('abcxyzABC019 _-:.#/,?[]{}!&*|>\'"%@`=~<+') + [' ', ' ', ' ', '\t', '\n', '\r',
            '\x01', '\x1b', '\x7f', '\x85', '\xa0', 'é', 'ü', 'ß', 'ø', 'Ü', 'ï', '秘', '密',
            'Ｗ', '한', '🔑', '😀', '\u0301', '\u200b', '\u2028', '\ufeff', '\uff61', '·',
            '±', '×', '°', '§', '¿', 'Ω', 'α', 'Я', '\u3000'])


def rand_string(r):
    kind = r.random()
    if kind < 0.25:
        return r.choice(YAML_WORDS)
    if kind < 0.35:
        return r.choice(ODD_STRINGS)
    if kind < 0.35 + long_string_share:
        n = r.randint(60, 200)
        words = []
        while sum(len(w) + 1 for w in words) < n:
            words.append(''.join(r.choice('abcdefgé秘') for _ in range(r.randint(1, 12))))
        sep = r.choice([' ', ' ', ' ', '  ', '\n', ' \n', ': ', ' #'])
        return sep.join(words)
    n = r.choice([1, 2, 3, 5, 8, 13, 20])
    return ''.join(r.choice(ALPHABET) for _ in range(n))


def rand_key(r):
    if r.random() < 0.8:
        return r.choice(['Name', 'ARN', 'VersionId', 'a', 'b', 'c', 'Key', 'Value', 'x', 'y',
                         'z', 'Items', 'Tags', 'é', 'Ü', '秘密', 'k1', 'K1', 'list', 'map'])
    return rand_string(r)


def rand_scalar(r):
    kind = r.random()
    if kind < 0.55:
        return rand_string(r)
    if kind < 0.7:
        return r.choice([0, 1, -1, 7, 42, 10 ** 18, -(10 ** 25), r.randint(-1000, 1000)])
    if kind < 0.8:
        return r.choice([0.0, -0.0, 1.0, 2.5, 1e16, 1e-7, 123.456, float('nan'),
                         float('inf'), -float('inf'), r.uniform(-1e6, 1e6)])
    if kind < 0.9:
        return r.choice([True, False])
    return None


def rand_record(r, keys, depth):
    d = {}
    for k in keys:
        if r.random() < 0.8:
            d[k] = rand_scalar(r) if r.random() < 0.8 or depth > 2 else rand_value(r, depth + 1)
    return d


def rand_value(r, depth=0):
    kind = r.random()
    if depth > 3 or (depth > 0 and kind < 0.35):
        return rand_scalar(r)
    if kind < 0.6:
        return dict((rand_key(r), rand_value(r, depth + 1)) for _ in range(r.randint(0, 5)))
    if kind < 0.8:
        keys = list(dict.fromkeys(rand_key(r) for _ in range(r.randint(1, 4))))
        return [rand_record(r, keys, depth + 1) for _ in range(r.randint(1, 4))]
    if kind < 0.9:
        return [rand_scalar(r) for _ in range(r.randint(0, 5))]
    return [rand_value(r, depth + 1) for _ in range(r.randint(0, 4))]


def main():
    r = random.Random(SEED)
    cases = [record(title, value, True) for title, value in hand_cases()]
    kept = 0
    while kept < RANDOM_CASES:
        value = rand_value(r)
        title = r.choice(['UpdateSecret'] * 8 + ['error', 'GetSecretValue'])
        case = record(title, value, False)
        if len(json.dumps(case['table-color'])) > MAX_TABLE_CHARS:
            continue  # wide tables of many lines say nothing new, at great length
        cases.append(case)
        kept += 1
    global long_string_share
    long_string_share = 0.3
    for _ in range(YAML_RANDOM_CASES):
        cases.append(record('UpdateSecret', rand_value(r), False, tables=False))
    write_cases(sys.stdout, {'generator': 'scripts/gen-output-fixtures.py'}, cases)

if __name__ == '__main__':
    main()
