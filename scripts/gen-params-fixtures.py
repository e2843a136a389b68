"""Record what aws-cli does with request parameters, into
test/params/fixtures.json, so src/params/ is compared with aws-cli's own
code without Python at test time:

    /usr/bin/python3 scripts/gen-params-fixtures.py > test/params/fixtures.json

Run with Debian's /usr/bin/python3 (aws-cli 2.9.19, ruamel.yaml 0.17.21),
over the newest Secrets Manager model (botocore 1.43, as aws-cli 2.36.7
bundles it):

* `skeletons`: for every operation of src/api/model.json, the input
  skeleton `--generate-cli-skeleton` prints (ArgumentGenerator, json.dump
  with indent 4), the yaml-input one (YAMLArgumentGenerator through ruamel)
  and the sample response of `output` (ArgumentGenerator with member names,
  as JSON). Enum members take a value at random in aws-cli 2.36.7; here the
  choice is pinned to the first (`first`) or last (`last`) enum value, and
  the tests pass the same choice as `pick`.
* `validation`: botocore's ParamValidator report for crafted parameters.
* `cliInput`: what json.loads and ruamel's safe loader (what --cli-input-json
  and --cli-input-yaml use) make of crafted texts.

Python values are tagged so their types survive JSON: {"int": "3"},
{"float": "1.0"}, {"dict": [[k, v], ...]}, {"bytes": hex}.
"""
import datetime
import gzip
import io
import json
import math
import os
import sys

from awscli.botocore.model import ServiceModel
from awscli.botocore.utils import ArgumentGenerator
from awscli.botocore.validate import ParamValidator
from awscli.customizations.generatecliskeleton import YAMLArgumentGenerator, _Bytes
from awscli.utils import json_encoder
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from fixture_json import tag

MODEL = ('/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data/'
         'secretsmanager/2017-10-17/service-2.json.gz')
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def enc(value):
    return tag(value, special=dates)


def dates(value):
    if isinstance(value, datetime.datetime):
        return {'datetime': value.isoformat()}
    if isinstance(value, datetime.date):
        return {'date': value.isoformat()}
    return NotImplemented


def picking(generator_class, which):
    """The generator with enum values pinned to the first or last choice."""

    class Pinned(generator_class):
        def _generate_skeleton(self, shape, stack, name=''):
            if shape.type_name == 'string' and shape.enum and not self._use_member_names:
                return shape.enum[0] if which == 'first' else shape.enum[-1]
            return super()._generate_skeleton(shape, stack, name)

    return Pinned


def yaml_skeleton(shape, which):
    # As GenerateCliSkeletonArgument._generate_yaml_input_skeleton does.
    yaml = YAML()
    yaml.representer.add_representer(_Bytes, _Bytes.represent)
    skeleton = picking(YAMLArgumentGenerator, which)().generate_skeleton(shape)
    out = io.StringIO()
    yaml.dump(skeleton, out)
    return out.getvalue()


def json_skeleton(shape, which, member_names=False):
    skeleton = picking(ArgumentGenerator, which)(use_member_names=member_names).generate_skeleton(shape)
    return json.dumps(skeleton, indent=4, default=json_encoder) + '\n'


def skeletons(service):
    with open(os.path.join(ROOT, 'src', 'api', 'model.json')) as f:
        operations = list(json.load(f)['operations'])
    out = {}
    for name in operations:
        operation = service.operation_model(name)
        entry = {'input': operation.input_shape.name}
        for which in ('first', 'last'):
            entry[f'json-{which}'] = json_skeleton(operation.input_shape, which)
            entry[f'yaml-{which}'] = yaml_skeleton(operation.input_shape, which)
        if operation.output_shape is not None:
            entry['output'] = operation.output_shape.name
            entry['output-json'] = json_skeleton(operation.output_shape, 'first', member_names=True)
        out[name] = entry
    return out


ASTRAL = '\U0001F511'
VALIDATION = [
    ('UpdateSecretRequest', {}),
    ('UpdateSecretRequest', {'SecretId': 'x'}),
    ('UpdateSecretRequest', {'SecretId': ''}),
    ('UpdateSecretRequest', {'SecretId': '', 'ClientRequestToken': 'short', 'SecretString': ''}),
    ('UpdateSecretRequest', {'SecretString': 'x', 'ClientRequestToken': 'short', 'SecretId': ''}),
    ('UpdateSecretRequest', {'Bogus': 1}),
    ('UpdateSecretRequest', {'Zed': 1, 'SecretId': '', 'Alpha': None}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretString': b'caf\xc3\xa9 \x00\xff\'"'}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretBinary': None}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretBinary': 5}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretBinary': 'text is fine'}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretBinary': b''}),
    ('UpdateSecretRequest', {'SecretId': 5}),
    ('UpdateSecretRequest', {'SecretId': True}),
    ('UpdateSecretRequest', {'SecretId': 1.5}),
    ('UpdateSecretRequest', {'SecretId': float('nan')}),
    ('UpdateSecretRequest', {'SecretId': ['a', 1]}),
    ('UpdateSecretRequest', {'SecretId': {'a': 'b', 'c': [None]}}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'Description': None}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'Description': '', 'KmsKeyId': '', 'Type': ''}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'ClientRequestToken': ASTRAL * 16}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'ClientRequestToken': ASTRAL * 32}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'ClientRequestToken': 'e\u0301' * 15 + 'ab'}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'ClientRequestToken': 'x' * 65, 'SecretString': 'y' * 70000}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretString': "it's"}),
    ('UpdateSecretRequest', {'SecretId': 'x', 'SecretString': {'nested': {'deeper': [1, 2.5, None, True]}}}),
    ('UpdateSecretRequest', None),
    ('UpdateSecretRequest', ['SecretId']),
    ('UpdateSecretRequest', 'SecretId'),
    ('ListSecretsRequest', {}),
    ('ListSecretsRequest', {'MaxResults': 0}),
    ('ListSecretsRequest', {'MaxResults': -5}),
    ('ListSecretsRequest', {'MaxResults': True}),
    ('ListSecretsRequest', {'MaxResults': False}),
    ('ListSecretsRequest', {'MaxResults': '5'}),
    ('ListSecretsRequest', {'MaxResults': 1.5}),
    ('ListSecretsRequest', {'MaxResults': 1000}),
    ('ListSecretsRequest', {'IncludePlannedDeletion': 'true'}),
    ('ListSecretsRequest', {'IncludePlannedDeletion': 1}),
    ('ListSecretsRequest', {'IncludePlannedDeletion': False}),
    ('ListSecretsRequest', {'SortOrder': 'sideways'}),
    ('ListSecretsRequest', {'Filters': []}),
    ('ListSecretsRequest', {'Filters': {}}),
    ('ListSecretsRequest', {'Filters': [{'Key': 'name', 'Values': []}]}),
    ('ListSecretsRequest', {'Filters': [{'Key': 'name', 'Values': ['', 'ok']}]}),
    ('ListSecretsRequest', {'Filters': [{'Key': 'name', 'Values': 'ab'}]}),
    ('ListSecretsRequest', {'Filters': [{'Bogus': 1, 'Key': 5}, 'x', None]}),
    ('ListSecretsRequest', {'Filters': ({'Key': 'name'},)}),
    ('DeleteSecretRequest', {'SecretId': 'x', 'RecoveryWindowInDays': 0}),
    ('DeleteSecretRequest', {'SecretId': 'x', 'RecoveryWindowInDays': 1.0}),
    ('DeleteSecretRequest', {'SecretId': 'x', 'ForceDeleteWithoutRecovery': 'yes'}),
    ('CreateSecretRequest', {'Name': 'n', 'AddReplicaRegions': [{'Region': ''}, {'KmsKeyId': 1}]}),
    ('CreateSecretRequest', {'Name': 'n', 'Tags': [{'Key': '', 'Value': ''}]}),
    ('CreateSecretRequest', {'Tags': [{}]}),
    ('TagResourceRequest', {'SecretId': 'x', 'Tags': []}),
    ('UntagResourceRequest', {'SecretId': 'x', 'TagKeys': ['', 'k', 3]}),
    ('UpdateSecretVersionStageRequest', {'SecretId': 'x', 'VersionStage': '', 'MoveToVersionId': 'short'}),
    ('PutSecretValueRequest', {'SecretId': 'x', 'VersionStages': [], 'RotationToken': ''}),
]


def validation(service):
    validator = ParamValidator()
    cases = []
    for shape_name, params in VALIDATION:
        report = validator.validate(params, service.shape_for(shape_name))
        cases.append({
            'shape': shape_name,
            'params': enc(params),
            'report': report.generate_report() if report.has_errors() else None,
        })
    return cases


JSON_TEXTS = [
    '{}', '{"SecretId": "x"}', '{"SecretId": "x", "SecretString": "y", "Description": "d"}',
    '{"a": 1, "b": 1.0, "c": 1e3, "d": -0, "e": true, "f": null, "g": [], "h": {}}',
    '{"a": 1, "a": 2, "b": 3}', '{"big": 123456789012345678901234567890}', '{"x": NaN, "y": Infinity, "z": -Infinity}',
    '{"u": "caf\\u00e9 \\ud83d\\udd11"}', '  {"SecretId": "padded"}  \n', '[]', '["SecretId"]', '"SecretId"', '3',
    'null', 'true', '', '{not json', '{"a": 1,}', "{'a': 1}", '{"a": 1} {"b": 2}', '{"a": "\t"}',
    '{"SecretBinary": "Zm9v"}',
]

YAML_TEXTS = [
    '{}', 'SecretId: x\n', 'SecretId: x\nSecretString: y\nDescription: d\n',
    "SecretId: ''  # [REQUIRED] The ARN\nSecretBinary: !!binary ''\n",
    'SecretBinary: !!binary Zm9vYmFy\n', 'SecretBinary: !!binary |\n  Zm9v\n  YmFy\n',
    'a: 1\nb: 1.0\nc: 1e3\nd: 0x1F\ne: 0o17\nf: true\ng: yes\nh: null\ni: ~\nj: .inf\n',
    'k: 2024-01-01\n', 'l: 1_000\n', 'm: 1_0.5\n', 'n: .NaN\no: -.inf\np: 0b101\nq: on\nr: True\ns: NULL\n',
    'a: [1, 2]\nb:\n  - x\n  - y\nc: {d: e}\n', "quoted: '123'\ndouble: \"a\\tb\"\n",
    'a: 1\na: 2\n', '- SecretId\n', 'just a string\n', '42\n', '', '# only a comment\n', 'a: b: c\n', '[unclosed\n',
    'key: "unterminated\n', '\tbad: indent\n', '? complex\n: key\n', 'a: &x 1\nb: *x\n', '---\na: 1\n---\nb: 2\n',
    '{"SecretId": "json is yaml"}\n', 'SecretId: caf\u00e9\n', 'n: -0\nm: +12\no: 012\n', 'date: 2024-01-01T10:00:00Z\n',
]


def load_json(text):
    try:
        return {'value': enc(json.loads(text))}
    except ValueError:
        return {'error': True}


def load_yaml(text):
    try:
        return {'value': enc(YAML(typ='safe', pure=True).load(text))}
    except YAMLError:
        return {'error': True}


def main():
    with gzip.open(MODEL, 'rt', encoding='utf-8') as f:
        service = ServiceModel(json.load(f), service_name='secretsmanager')
    json.dump({
        'skeletons': skeletons(service),
        'validation': validation(service),
        'cliInput': {
            'json': [{'text': t, **load_json(t)} for t in JSON_TEXTS],
            'yaml': [{'text': t, **load_yaml(t)} for t in YAML_TEXTS],
        },
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
