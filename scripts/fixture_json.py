"""Shared by the fixture generators (scripts/gen-*-fixtures.py): Python
values as the tagged JSON that test/support/tagged.ts decodes, and fixture
files written one case per line, which keeps their diffs readable."""
import base64
import json


def tag(value, bytes_as='hex', special=None):
    """None, booleans and strings as they are, lists and tuples as arrays,
    and {'int': ...}, {'float': repr}, {'bytes': hex or base64} and
    {'dict': [[key, value], ...]} for the rest. `special(value)` is asked
    first at every level; what it answers NotImplemented for is encoded here."""

    def walk(v):
        if special is not None:
            answer = special(v)
            if answer is not NotImplemented:
                return answer
        if v is None or isinstance(v, (bool, str)):
            return v
        if isinstance(v, int):
            return {'int': str(v)}
        if isinstance(v, float):
            return {'float': repr(v)}
        if isinstance(v, (bytes, bytearray)):
            raw = bytes(v)
            return {'bytes': raw.hex() if bytes_as == 'hex' else base64.b64encode(raw).decode('ascii')}
        if isinstance(v, (list, tuple)):
            return [walk(item) for item in v]
        if isinstance(v, dict):
            return {'dict': [[k, walk(item)] for k, item in v.items()]}
        raise TypeError('cannot encode %r' % (v,))

    return walk(value)


def write_cases(stream, head, cases):
    """`head`'s members (at least one), then "cases": an array with one case per line."""
    stream.write(json.dumps(head, ensure_ascii=True)[:-1])
    stream.write(', "cases": [\n')
    stream.write(',\n'.join(json.dumps(c, ensure_ascii=True) for c in cases))
    stream.write('\n]}\n')
