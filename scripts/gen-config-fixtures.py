"""Record how aws-cli reads shared config files, into
test/config/fixtures.json, so src/config/ini.ts is compared with Python
without Python at test time:

    PYTHONUTF8=1 /usr/bin/python3 scripts/gen-config-fixtures.py > test/config/fixtures.json

Each input is written to a file and read with aws-cli 2.9.19's own
botocore `raw_config_parse` (configparser.RawConfigParser, strict, then one
level of nested values). A parse failure is recorded as `"error": true`
(aws-cli reports every one as "Unable to parse config file: <path>").
Sections and keys keep the order Python gives them.
"""
import json
import os
import sys
import tempfile

from awscli.botocore.configloader import raw_config_parse

INPUTS = [
    # basics
    '[default]\nregion = us-east-1\n',
    '[default]\nregion=us-east-1\noutput:json\n',
    '[default]\nregion   =   us-east-1   \n',
    '[default]\nRegion = A\nOUTPUT = b\n',
    '[default]\nregion = \n',
    '[default]\nregion =\n',
    '[default]\nkey = a = b\n',
    '[default]\nkey : a = b\n',
    '[default]\nkey = a : b\n',
    '[default]\nkey=\n',
    '[default]\n=value\n',
    '[default]\n = value\n',
    '[default]\nkey value\n',
    '[default]\nkey\n',
    '[profile dev]\nregion = eu-west-1\n[default]\nregion = us-east-1\n',
    '',
    '\n\n',
    '# only a comment\n',
    'region = us-east-1\n',
    '  \n[default]\na = 1\n',
    # comments
    '[default]\n# comment\n; other\na = 1 # not a comment\nb = 2 ; neither\n',
    '[default]\n  # indented comment\na = 1\n',
    '[default]\na = 1\n  # comment inside a value\n  more\n',
    '#[default]\n[real]\na = 1\n',
    # section headers
    '[default] trailing\na = 1\n',
    '[a] b]\nx = 1\n',
    '[]\na = 1\n',
    '[ spaced ]\na = 1\n',
    '  [indented]\na = 1\n',
    '[profile  dev]\na = 1\n',
    '[profile "quoted name"]\na = 1\n',
    '[services dev]\nsecrets_manager =\n  endpoint_url = http://x\n',
    '[Default]\na = 1\n',
    '[default\na = 1\n',
    # duplicates
    '[default]\na = 1\n[default]\nb = 2\n',
    '[default]\na = 1\na = 2\n',
    '[default]\na = 1\nA = 2\n',
    '[one]\na = 1\n[two]\na = 2\n',
    # DEFAULT section
    '[DEFAULT]\nregion = r\n[default]\noutput = json\n',
    '[DEFAULT]\nregion = r\n[default]\nregion = s\noutput = json\n',
    '[DEFAULT]\na = 1\n[DEFAULT]\nb = 2\n[x]\nc = 3\n',
    '[DEFAULT]\na = 1\n[DEFAULT]\na = 2\n[x]\nc = 3\n',
    '[x]\nc = 3\n[DEFAULT]\na = 1\n',
    # continuation lines
    '[default]\na = first\n  second\n  third\n',
    '[default]\na = first\n\n  after blank\n',
    '[default]\na = first\n\n\nb = 2\n',
    '[default]\na =\n  x = 1\n  y = 2\nb = 3\n',
    '[default]\ns3 =\n  max_concurrent_requests = 10\n  addressing_style = path\n',
    '[default]\ns3 =\n\n  a = 1\n',
    '[default]\ns3 =\n  not nested\n',
    '[default]\ns3 =\n  a = b = c\n  d=e\n',
    '[default]\ns3 =\n  a = 1\n  a = 2\n',
    '[default]\ns3 = x\n  a = 1\n',
    '[default]\n  a = 1\n  b = 2\n',
    '[default]\n  a = 1\n    b = 2\n',
    '[default]\n    a = 1\n  b = 2\n',
    '[default]\na = 1\n\tb = 2\n',
    '[default]\na = 1\n [x]\n',
    '  [x]\n  a = 1\n',
    '[x]\n  a = 1\n[y]\nb = 2\n',
    # line endings and odd characters
    '[default]\r\nregion = us-east-1\r\n',
    '[default]\rregion = us-east-1\r',
    '[default]\na = 1\x0c2\n',
    '[default]\na = x\u2028y\n',
    '[default]\na = caf\u00e9 \u79d8\u5bc6\n',
    '[default]\na = \u00a0padded\u00a0\n',
    '[default]\na = 1\nbad line here\nb = 2\n',
    '[default]\nbad line here\n[other]\na = 1\n',
    '[default]\na = 1\n[other\nb = 2\n',
    '\ufeff[default]\na = 1\n',
    '[default]\na = tab\tinside\n',
    '[default]\ntab\tkey = 1\n',
    '[default]\na=1\n[profile x]\nb=2\n[profile x y]\nc=3\n[profilex]\nd=4\n',
]


def main():
    cases = []
    directory = tempfile.mkdtemp()
    for index, text in enumerate(INPUTS):
        path = os.path.join(directory, f'config-{index}')
        with open(path, 'w', encoding='utf-8', newline='') as f:
            f.write(text)
        try:
            parsed = raw_config_parse(path)
        except Exception as error:  # botocore's ConfigParseError, whichever module path it has
            if type(error).__name__ != 'ConfigParseError':
                raise
            cases.append({'text': text, 'error': True})
            continue
        cases.append({
            'text': text,
            'sections': [[name, [[k, v] for k, v in values.items()]] for name, values in parsed.items()],
        })
    json.dump({'cases': cases}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
