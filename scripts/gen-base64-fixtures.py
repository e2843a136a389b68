"""Record what Python's lenient base64.b64decode (the decoder aws-cli uses
for blob parameters in the default `base64` binary format) returns for many
crafted and random inputs, into test/params/base64-fixtures.json:

    /usr/bin/python3 scripts/gen-base64-fixtures.py > test/params/base64-fixtures.json

Each case is the input text and either the decoded bytes as hex or the
error message (binascii.Error, or the ValueError of a non-ASCII str).
"""
import base64
import binascii
import json
import random
import sys

SEED = 20261122
ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
JUNK = ' -_@!.\n\t\r\x00\x7f:;'

CRAFTED = [
    '', 'Zm9vYmFy', 'Zm9v YmFy', 'Zm9vYg==', 'Zm9vYg=', 'Zm9vYg', 'Zm9vYmE=', 'Zm9vYmE',
    'Zm9', 'Z', 'Zm', '@@@@', '====', '=', '==', 'A===', 'AA==', 'AAA=', 'AAAA',
    'aGk=garbage', 'aGk=Z', 'aGk==', 'aGk===', 'a=Gk=', 'aG=k=', 'aGk=\n', '\naGk=',
    'hello world', '-_8=', '=-_8=', '-_8', 'Zm9v\nYmFy\n', 'Zm9v\r\nYmFy',
    'Zm9vYmFy\n', 'SGVsbG8sIFdvcmxkIQ==', 'SGVsbG8sIFdvcmxkIQ', 'SGVsbG8sIFdvcmxkIQ=',
    '////', '++++', '+/+/', 'AP//', 'YWJj=ZGVm', 'YW=Jj', 'YWJ=j', 'Y=WJj', '=YWJj',
    'YWJjZA=', 'YWJjZA==', 'YWJjZA===', 'YWJjZA=x=', 'YWJjZA= =', 'YWJjZAx=', 'YWJjZAxy',
    'YWJjZ', 'YWJjZAx', 'Y W J j', 'Y-W_J@j', '!!!notbase64', 'caf\u00e9', '\u00e9',
    'Zm9v\u00e9', '\U0001F511', 'A' * 4 * 50, 'A' * 201, 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUI=',
    '\x00\x00\x00\x00', 'Zm9v\x00YmFy', 'Zm9v=YmFy', 'Zm8=YmFy', 'Zg==Zg==',
]


def decode(text):
    try:
        return {'hex': base64.b64decode(text).hex()}
    except binascii.Error as error:
        return {'error': str(error), 'kind': 'binascii'}
    except ValueError as error:
        return {'error': str(error), 'kind': 'ValueError'}


def main():
    rng = random.Random(SEED)
    inputs = list(CRAFTED)
    for _ in range(300):
        length = rng.randint(0, 24)
        chars = []
        for _ in range(length):
            roll = rng.random()
            if roll < 0.75:
                chars.append(rng.choice(ALPHABET))
            elif roll < 0.88:
                chars.append('=')
            else:
                chars.append(rng.choice(JUNK))
        inputs.append(''.join(chars))
    # Valid encodings of random bytes, sometimes with junk spliced in.
    for _ in range(100):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 20)))
        text = base64.b64encode(data).decode()
        if rng.random() < 0.5 and text:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(JUNK) + text[at:]
        inputs.append(text)
    json.dump({'cases': [{'input': text, **decode(text)} for text in inputs]}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
