"""Record what Python does for the command-line helpers of src/cli/ and
src/api/names.ts, into test/cli/fixtures.json, so the TypeScript ports are
compared with Python without Python at test time:

    /usr/bin/python3 scripts/gen-cli-fixtures.py > test/cli/fixtures.json

* `argparse`: Python 3.11's ArgumentParser.parse_known_args over parsers
  declared like src/cli's option tables, with aws-cli 2.36.7's
  `_check_value` text ("Found invalid choice ... Maybe you meant"). Only
  command lines where no value/list option is followed by an unknown
  dash-leading token are recorded: there update-secret deliberately differs
  (DESIGN.md section 5) and the tests pin that by hand.
* `ratios`: difflib.SequenceMatcher(None, a, b).ratio(); `closeMatches`:
  difflib.get_close_matches(word, possibilities, cutoff=0.8), as aws-cli
  calls it (Python's own default cutoff is 0.6), plus a few other n/cutoff.
* `xform_name`: botocore's xform_name (aws-cli's vendored copy).
* `operationOptions`: the argument table aws-cli builds for each operation
  of src/api/model.json, over the newest service model (botocore 1.43,
  which 2.36.7 bundles) put first on AWS_DATA_PATH, paging options
  (--starting-token, --page-size, --max-items) included.
"""
import argparse
import difflib
import gzip
import json
import os
import random
import shutil
import sys
import tempfile

MODEL = ('/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data/'
         'secretsmanager/2017-10-17/service-2.json.gz')
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

from awscli.botocore import xform_name

SUPPRESS = argparse.SUPPRESS


class Terminal(Exception):
    def __init__(self, dest, namespace):
        self.dest = dest
        self.namespace = namespace


class TerminalAction(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, default=SUPPRESS)

    def __call__(self, parser, namespace, values, option_string=None):
        raise Terminal(self.dest, namespace)


class Failed(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """aws-cli 2.36.7's CLIArgParser error texts, raising instead of exiting."""

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            msg = [f"Found invalid choice '{value}'\n"]
            possibilities = difflib.get_close_matches(value, action.choices, cutoff=0.8)
            if possibilities:
                msg.append('Maybe you meant:\n')
                for possibility in possibilities:
                    msg.append('  * %s' % possibility)
            raise argparse.ArgumentError(action, '\n'.join(msg))

    def error(self, message):
        raise Failed(message)


def build(spec):
    parser = Parser(add_help=False, prog='aws')
    for option in spec['options']:
        kwargs = {'dest': option['dest'], 'default': SUPPRESS}
        arity = option['arity']
        if option.get('terminal'):
            parser.add_argument(option['name'], action=TerminalAction, dest=option['dest'])
            continue
        if arity == 'flag':
            kwargs.update(action='store_const', const=option.get('flagValue', True))
        elif arity == 'optional':
            kwargs.update(nargs='?', const=option.get('const'))
        elif arity == 'list':
            kwargs.update(nargs='*')
        if 'choices' in option:
            kwargs['choices'] = option['choices']
        if option.get('required'):
            kwargs['required'] = True
        parser.add_argument(option['name'], **kwargs)
    positional = spec.get('positional')
    if positional:
        kwargs = {'nargs': '?', 'default': None}
        if 'choices' in positional:
            kwargs['choices'] = positional['choices']
        parser.add_argument(positional['dest'], **kwargs)
    return parser


def run(spec, args):
    parser = build(spec)
    positional = (spec.get('positional') or {}).get('dest')
    terminal = None
    try:
        namespace, extras = parser.parse_known_args(list(args))
    except Terminal as stop:
        namespace, extras, terminal = stop.namespace, None, stop.dest
    except Failed as error:
        return {'error': str(error)}
    except argparse.ArgumentError as error:
        return {'error': str(error)}
    # Options default to SUPPRESS, so only those given appear.
    values = {k: v for k, v in vars(namespace).items() if k != positional}
    result = {'values': values, 'positional': getattr(namespace, positional, None) if positional else None}
    if terminal is None:
        result['extras'] = extras
    else:
        result['terminal'] = terminal
    return result


def opt(name, dest, arity='value', **extra):
    return {'name': name, 'dest': dest, 'arity': arity, **extra}


GLOBAL = {
    'name': 'global',
    'options': [
        opt('--debug', 'debug', 'flag'),
        opt('--endpoint-url', 'endpoint_url'),
        opt('--no-verify-ssl', 'verify_ssl', 'flag', flagValue=False),
        opt('--no-paginate', 'paginate', 'flag', flagValue=False),
        opt('--output', 'output', choices=['json', 'text', 'table', 'yaml', 'yaml-stream', 'off']),
        opt('--query', 'query'),
        opt('--profile', 'profile'),
        opt('--region', 'region'),
        opt('--version', 'version', 'flag', terminal=True),
        opt('--color', 'color', choices=['on', 'off', 'auto']),
        opt('--no-sign-request', 'sign_request', 'flag', flagValue=False),
        opt('--ca-bundle', 'ca_bundle'),
        opt('--cli-read-timeout', 'read_timeout'),
        opt('--cli-connect-timeout', 'connect_timeout'),
        opt('--cli-binary-format', 'cli_binary_format', choices=['base64', 'raw-in-base64-out']),
        opt('--no-cli-pager', 'no_cli_pager', 'flag'),
        opt('--cli-auto-prompt', 'cli_auto_prompt', 'flag', flagValue=True),
        opt('--no-cli-auto-prompt', 'cli_auto_prompt', 'flag', flagValue=False),
        opt('--cli-error-format', 'cli_error_format',
            choices=['legacy', 'json', 'yaml', 'text', 'table', 'enhanced']),
    ],
}

OPERATION = {
    'name': 'update-secret',
    'options': [
        opt('--secret-id', 'SecretId', required=True),
        opt('--client-request-token', 'ClientRequestToken'),
        opt('--description', 'Description'),
        opt('--kms-key-id', 'KmsKeyId'),
        opt('--secret-binary', 'SecretBinary'),
        opt('--secret-string', 'SecretString'),
        opt('--type', 'Type'),
        opt('--cli-input-json', 'cli_input_json'),
        opt('--cli-input-yaml', 'cli_input_yaml'),
        opt('--generate-cli-skeleton', 'generate_cli_skeleton', 'optional', const='input',
            choices=['input', 'output', 'yaml-input']),
    ],
    'positional': {'dest': 'help'},
}

# A parser with every arity, for the parts update-secret's own table lacks.
MIXED = {
    'name': 'mixed',
    'options': [
        opt('--name', 'name', required=True),
        opt('--tags', 'tags', 'list'),
        opt('--mode', 'mode', 'list', choices=['a', 'b', 'ab']),
        opt('--force', 'force', 'flag'),
        opt('--no-force', 'force', 'flag', flagValue=False),
        opt('--level', 'level', 'optional', const='low', choices=['low', 'high']),
        opt('--nap', 'nap', 'optional', const='zzz'),
        opt('--stop', 'stop', 'flag', terminal=True),
        opt('--count', 'count', required=True),
    ],
    'positional': {'dest': 'word', 'choices': ['go', 'help']},
}

NO_POSITIONAL = {'name': 'no-positional', 'options': OPERATION['options']}

CASES = {
    'global': [
        [],
        ['--output', 'text'],
        ['--output=text'],
        ['--out', 'yaml'],
        ['--out=yaml-stream'],
        ['--output', 'text', '--output', 'json'],
        ['--output', 'xml'],
        ['--output', 'jsn'],
        ['--output', 'yml'],
        ['--output', 'tabel'],
        ['--output', 'JSON'],
        ['--output', ''],
        ['--output='],
        ['--output'],
        ['--output', 'off'],
        ['--color', 'always'],
        ['--color', 'of'],
        ['--cli-binary-format', 'base64x'],
        ['--cli-binary-format', 'raw-in-base64'],
        ['--cli-error-format', 'jsn'],
        ['--cli-error-format', 'Legacy'],
        ['--cli-error-format', 'enhance'],
        ['--cli-error-format', 'tables'],
        ['--no', 'x'],
        ['--c', 'x'],
        ['--cl'],
        ['--cli-'],
        ['--cli-r', '5'],
        ['--cli-c=5'],
        ['--no-c'],
        ['--no-cli-a'],
        ['--no-cli-p'],
        ['--no-s'],
        ['--d'],
        ['--de'],
        ['--debug=1'],
        ['--debug='],
        ['--no-verify-ssl=yes'],
        ['--e', 'http://x'],
        ['--r', 'us-east-1', '--p', 'dev', '--q', 'Name'],
        ['--v'],
        ['--version'],
        ['--version', '--output', 'xml'],
        ['--output', 'xml', '--version'],
        ['--ver', '--bogus'],
        ['secretsmanager', 'update-secret', '--secret-id', 'x', '--debug'],
        ['--secret-id', 'x', '--region', 'eu-west-1', 'y'],
        ['--region', 'eu-west-1', '--region', 'us-west-2'],
        ['--region', '-1'],
        ['--region', '-1.5'],
        ['--region', '-.5'],
        ['--query', '-foo bar'],
        ['--query', ' -x'],
        ['--query', '-'],
        ['--query', ''],
        ['--region', 'a', '--', '--output', 'x'],
        ['--', '--debug'],
        ['x', '--', 'y'],
        ['--debug', '--', 'x'],
        ['--=x'],
        ['---'],
        ['-', 'x'],
        ['--Output', 'json'],
        ['--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt'],
        ['--no-cli-auto-prompt', '--cli-auto-prompt'],
        ['--output', 'xml', '--no'],
        ['--no', '--output', 'xml'],
        ['--output', 'xml', '--region'],
        ['--region', '--output', 'json'],
        ['--endpoint-url', '--debug'],
        ['--profile=a=b'],
        ['--prof=a=b'],
        ['--query', 'a', '-1', '-x y'],
    ],
    'update-secret': [
        [],
        ['--secret-id', 'a'],
        ['--secret-id=a'],
        ['--secret-id', 'a', '--secret-id', 'b'],
        ['--secret-i', 'a'],
        ['--secret-str', 'abc', '--secret-id', 'x'],
        ['--s', 'abc'],
        ['--secret', 'abc'],
        ['--sec=b'],
        ['--cli-input', '{}'],
        ['--cli-input-j', '{}'],
        ['--c', 'x'],
        ['--cl', 'x'],
        ['--t', 'x', '--secret-id', 'a'],
        ['--Secret-Id', 'x'],
        ['--secret-id'],
        ['--secret-id', 'a', '--description'],
        ['--description', '--secret-id', 'a'],
        ['--secret-id', 'a', '--description', '-1'],
        ['--secret-id', 'a', '--secret-string', '-foo bar'],
        ['--secret-id', 'a', '--secret-string=-foo'],
        ['--secret-id', 'a', '--secret-string=--secret-id'],
        ['--secret-id', 'a', '--secret-string', ''],
        ['--secret-id', 'a', '--generate-cli-skeleton'],
        ['--generate-cli-skeleton'],
        ['--generate-cli-skeleton', 'yaml-input'],
        ['--generate-cli-skeleton', 'output', '--secret-id', 'a'],
        ['--generate-cli-skeleton', '--secret-id', 'a'],
        ['--generate-cli-skeleton', 'inptu'],
        ['--generate-cli-skeleton', 'yaml-inpu'],
        ['--generate-cli-skeleton', 'yaml'],
        ['--generate-cli-skeleton', 'outptu'],
        ['--generate-cli-skeleton='],
        ['--generate-cli-skeleton=output'],
        ['--gen=input', '--secret-id', 'a'],
        ['--generate-cli-skeleton', '-x'],
        ['--generate-cli-skeleton', '--', 'yaml-input'],
        ['--secret-id', 'a', '--bogus', '1'],
        ['--secret-id', 'a', '--bogus=1'],
        ['--bogus', '1'],
        ['--secret-id', 'a', 'help'],
        ['help'],
        ['help', '--secret-id', 'a'],
        ['--secret-id', 'a', 'foo', 'bar', 'baz'],
        ['--secret-id', 'a', 'foo', '--description', 'd', 'bar'],
        ['foo', '--bogus', 'bar', '--secret-id', 'a'],
        ['--secret-id', 'x', '--', 'foo', '--generate-cli-skeleton'],
        ['--generate-cli-skeleton', '--secret-id', 'x', 'foo', '--', 'bar'],
        ['--secret-id', 'x', '--description', 'd', '--', '--kms-key-id', 'k'],
        ['--secret-id', 'x', '--generate-cli-skeleton', '--', 'yaml-input'],
        ['--', '--secret-id', 'x'],
        ['--secret-id', 'a', '--', 'help'],
        ['--secret-id', 'a', '--', 'b', '--', 'c'],
        ['--secret-id', 'a', '--', '--', 'c'],
        ['--secret-id', 'a', 'x', '--', 'y'],
        ['--secret-id', 'a', 'x', 'y', '--', 'z'],
        ['--secret-id', '--'],
        ['--secret-id', 'a', '--description', '--', 'x'],
        ['--secret-id', 'a', '--s'],
        ['--secret-id', 'a', '--generate-cli-skeleton', 'xml', '--secret'],
        ['--generate-cli-skeleton', 'xml', '--secret-id'],
        ['--secret-id', '--s'],
        ['--secret-id', '--cli-input-json', '{}'],
        ['--secret-id', 'a', '--type', 'T', '--type='],
        ['--secret-id', 'a b', '--description', 'multi\nline'],
        ['--secret-id', '-'],
        ['--secret-id', 'a', '-'],
        ['--secret-id', 'a', '-1'],
        ['--secret-id', 'a', ''],
        ['--secret-id', 'a', '--=x'],
    ],
    'no-positional': [
        ['--secret-id', 'a', 'x', 'y'],
        ['--secret-id', 'a', '--', 'x'],
        ['--', 'x'],
        ['--secret-id', 'a', 'x', '--', 'y'],
        ['--secret-id', 'a', '--', 'x', '--', 'y'],
        ['--secret-id', 'a', '--description', 'd', '--', '--kms-key-id', 'k'],
        ['--secret-id', 'a', '--generate-cli-skeleton', '--', 'input'],
        ['--', '--secret-id', 'a'],
        ['--secret-id', 'a', '--bogus', '1', '--', '--type', 't'],
    ],
    'mixed': [
        ['--name', 'n', '--count', '1'],
        ['--count', '1'],
        [],
        ['--name', 'n'],
        ['--na', 'n', '--co', '2', '--tags', 'a', 'b', 'c'],
        ['--name', 'n', '--count', '1', '--tags'],
        ['--name', 'n', '--count', '1', '--tags', '--force'],
        ['--name', 'n', '--count', '1', '--tags=a', 'b'],
        ['--name', 'n', '--count', '1', '--tags', 'a', '--tags', 'b'],
        ['--name', 'n', '--count', '1', '--tags', 'a', '--', 'b'],
        ['--name', 'n', '--count', '1', '--mode', 'a', 'ab', 'b'],
        ['--name', 'n', '--count', '1', '--mode', 'a', 'abc'],
        ['--name', 'n', '--count', '1', '--mode', 'c'],
        ['--name', 'n', '--count', '1', '--mode='],
        ['--name', 'n', '--count', '1', '--force', '--no-force'],
        ['--name', 'n', '--count', '1', '--no-force', '--force'],
        ['--name', 'n', '--count', '1', '--f'],
        ['--name', 'n', '--count', '1', '--no'],
        ['--name', 'n', '--count', '1', '--level'],
        ['--name', 'n', '--count', '1', '--level', 'high'],
        ['--name', 'n', '--count', '1', '--level', 'hgih'],
        ['--name', 'n', '--count', '1', '--level=hig'],
        ['--name', 'n', '--count', '1', '--level', '--force'],
        ['--name', 'n', '--count', '1', '--l', 'low'],
        ['--name', 'n', '--count', '1', '--nap'],
        ['--name', 'n', '--count', '1', '--nap', 'x', 'y'],
        ['--name', 'n', '--count', '1', '--nap='],
        ['--name', 'n', '--count', '1', '--n', 'x'],
        ['--stop'],
        ['--st'],
        ['--name', 'n', '--stop', '--count'],
        ['--mode', 'z', '--stop'],
        ['--stop', '--mode', 'z'],
        ['--name', 'n', '--count', '1', 'go'],
        ['--name', 'n', '--count', '1', 'og'],
        ['--name', 'n', '--count', '1', 'hepl'],
        ['--name', 'n', '--count', '1', 'stop'],
        ['go', 'help', '--name', 'n', '--count', '1'],
        ['--name', 'n', '--count', '1', '--', 'go'],
        ['--mode', 'z', '--na'],
        ['--na', '--mode', 'z'],
        ['--stop=1'],
        ['--force=', '--name', 'n', '--count', '1'],
    ],
}


def ratio_pairs():
    pairs = [
        ('', ''), ('a', ''), ('', 'a'), ('abc', 'abc'), ('json', 'jsn'), ('json', 'jso'),
        ('jsn', 'json'), ('text', 'txet'), ('table', 'tabel'), ('yaml', 'yml'),
        ('yaml-stream', 'yaml'), ('yaml-stream', 'yamlstream'), ('update-secret', 'update-secrets'),
        ('update-secret', 'updatesecret'), ('abcd', 'bcda'), ('abcd', 'dcba'),
        ('private', 'pirvate'), ('input', 'inptu'), ('yaml-input', 'yaml-inpu'),
        ('enhanced', 'enhance'), ('legacy', 'Legacy'), ('on', 'no'), ('off', 'of'),
        ('auto', 'atuo'), ('base64', 'base46'), ('raw-in-base64-out', 'raw-in-base64'),
        ('aaaa', 'aaab'), ('abab', 'baba'), ('xyzzy', 'xyz'), ('qabxcd', 'abycdf'),
        ('a' * 250, 'a' * 249 + 'b'), ('ab' * 120, 'ba' * 120),
        ('kitten', 'sitting'), ('caf\u00e9', 'cafe'), ('\U0001F511key', 'key'),
        ('secretsmanager', 'secretmanager'), ('list-secrets', 'list-secret'),
        ('describe-secret', 'descibe-secret'), ('abcabcabc', 'cbacbacba'),
        ('tables', 'table'), ('yaml-stream', 'yaml-strem'), ('json', 'JSON'),
    ]
    rng = random.Random(20261122)
    alphabet = 'abcde-'
    for _ in range(120):
        a = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        b = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pairs.append((a, b))
    # Long strings with popular characters: difflib's autojunk would drop
    # them, but get_close_matches' SequenceMatcher keeps autojunk on; pin it.
    for _ in range(20):
        a = ''.join(rng.choice('ab') for _ in range(rng.randint(200, 260)))
        b = ''.join(rng.choice('ab') for _ in range(rng.randint(200, 260)))
        pairs.append((a, b))
    return [{'a': a, 'b': b, 'ratio': difflib.SequenceMatcher(None, a, b).ratio()} for a, b in pairs]


def close_match_cases():
    outputs = ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off']
    errors = ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced']
    ops = ['create-secret', 'get-secret-value', 'put-secret-value', 'describe-secret', 'list-secrets',
           'list-secret-version-ids', 'update-secret-version-stage', 'delete-secret', 'restore-secret',
           'tag-resource', 'untag-resource', 'create-key', 'list-keys', 'serve', 'help']
    words = [
        (outputs, ['jsn', 'josn', 'tabel', 'tables', 'yml', 'yaml-strem', 'yamlstream', 'txt', 'of', 'xml', 'JSON', 'ya']),
        (errors, ['legac', 'enhance', 'jsn', 'yam', 'txet', 'tabl', 'Enhanced']),
        (['on', 'off', 'auto'], ['of', 'no', 'atuo', 'aut', 'onn']),
        (['input', 'output', 'yaml-input'], ['inptu', 'yaml-inpu', 'outptu', 'yaml', 'input-yaml', 'put']),
        (ops, ['create-secrets', 'get-secret', 'list-secret', 'delete-secrets', 'tag-resources',
               'untag-resource', 'list-key', 'serv', 'describe-secrets', 'put-secret', 'restore']),
        (['ab', 'ba', 'aa', 'bb', 'abc'], ['ab', 'a', 'b', 'abb']),
        (['bcd', 'abc', 'cde', 'xbc', 'bcx'], ['bc', 'abcd', 'bcde']),
    ]
    cases = []
    for possibilities, probes in words:
        for word in probes:
            cases.append({'word': word, 'possibilities': possibilities,
                          'matches': difflib.get_close_matches(word, possibilities, cutoff=0.8)})
    # Ties, n and cutoff.
    tie = ['abx', 'aby', 'abz', 'abw', 'zab']
    for n, cutoff in [(3, 0.6), (2, 0.6), (1, 0.6), (5, 0.0), (3, 0.67), (3, 1.0)]:
        cases.append({'word': 'ab', 'possibilities': tie, 'n': n, 'cutoff': cutoff,
                      'matches': difflib.get_close_matches('ab', tie, n=n, cutoff=cutoff)})
    return cases


XFORM_NAMES = [
    'SecretId', 'ClientRequestToken', 'KmsKeyId', 'SecretBinary', 'SecretString', 'Type',
    'ARN', 'ARNs', 'VersionId', 'VersionIdsToStages', 'RemoveFromVersionId', 'MoveToVersionId',
    'ForceOverwriteReplicaSecret', 'AddReplicaRegions', 'SortOrder', 'IncludePlannedDeletion',
    'MaxResults', 'NextToken', 'Filters', 'TagKeys', 'RecoveryWindowInDays',
    'ForceDeleteWithoutRecovery', 'ExcludeCharacters', 'IncludeSpace', 'SecretIdList',
    'HTTPResponse', 'S3Bucket', 'Ec2Instance', 'IPv6Address', 'DBInstanceIdentifier',
    'ListCACertificates', 'EBSVolumes', 'getHTTPResponseCode', 'CreateCacheClusterMessage',
    'foo-bar', 'already_snake', 'a', 'A', 'AB', 'ABs', 'Abs', 'MD5OfBody', 'Version2Ids',
    'SSEKMSKeyId', 'CloudWatchLogsRoleARN', 'IDs', 'UUIDs', 'DNSNames', 'Name2', 'name2Value',
    'X509Certificate', 'ETag', 'iOSApp', 'PrimaryRegion', 'LastRotatedDate',
]


def operation_options():
    data = tempfile.mkdtemp()
    target = os.path.join(data, 'secretsmanager', '2017-10-17')
    os.makedirs(target)
    with gzip.open(MODEL) as src, open(os.path.join(target, 'service-2.json'), 'wb') as dst:
        shutil.copyfileobj(src, dst)
    os.environ['AWS_DATA_PATH'] = data
    os.environ['HOME'] = tempfile.mkdtemp()
    from awscli.botocore import xform_name as xf
    from awscli.clidriver import create_clidriver

    with open(os.path.join(ROOT, 'src', 'api', 'model.json')) as f:
        operations = list(json.load(f)['operations'])
    commands = create_clidriver()._get_command_table()['secretsmanager']._get_command_table()
    tables = {}
    for operation in operations:
        rows = []
        for name, argument in commands[xf(operation, '-')].arg_table.items():
            kind = type(argument).__name__
            row = {'name': '--' + name, 'required': bool(argument.required)}
            if kind == 'BooleanArgument':
                row['arity'] = 'flag'
                row['flagValue'] = argument._action == 'store_true'
            elif getattr(argument, 'nargs', None) == '*':
                row['arity'] = 'list'
            elif getattr(argument, 'nargs', None) == '?':
                row['arity'] = 'optional'
            else:
                row['arity'] = 'value'
            rows.append(row)
        tables[operation] = rows
    return tables


def main():
    specs = {spec['name']: spec for spec in (GLOBAL, OPERATION, NO_POSITIONAL, MIXED)}
    argparse_cases = []
    for name, cases in CASES.items():
        for args in cases:
            argparse_cases.append({'parser': name, 'args': args, **run(specs[name], args)})
    json.dump({
        'python': sys.version.split()[0],
        'specs': specs,
        'argparse': argparse_cases,
        'ratios': ratio_pairs(),
        'closeMatches': close_match_cases(),
        'xformName': [{'name': n, 'dash': xform_name(n, '-'), 'snake': xform_name(n)} for n in XFORM_NAMES],
        'operationOptions': operation_options(),
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
