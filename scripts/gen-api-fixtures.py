"""Record how aws-cli shapes a response before printing it, into
test/api/fixtures.json, so src/api/parse-response.ts is compared with
botocore's JSON parser without Python at test time:

    TZ=UTC /usr/bin/python3 scripts/gen-api-fixtures.py > test/api/fixtures.json

aws-cli 2.9.19's vendored botocore JSONParser is run over JSON bodies for
the operations of src/api/model.json (newest Secrets Manager model), with
the parsers aws-cli installs: timestamps through its iso_format
(cli_timestamp_format iso8601) or left as received (wire), blobs left as
received. TZ must be UTC: local time is part of iso8601 output.

Values are tagged as in the other fixtures: {"int": "3"}, {"float": "1.0"},
{"dict": [[k, v], ...]}, {"bytes": hex}.
"""
import gzip
import json
import os
import sys
import time

from awscli.botocore.model import ServiceModel
from awscli.botocore.parsers import JSONParser
from awscli.customizations.timestampformat import iso_format

from fixture_json import tag

MODEL = ('/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/botocore/data/'
         'secretsmanager/2017-10-17/service-2.json.gz')


def enc(value):
    return tag(value)


ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-a1b2c3'
BODIES = [
    ('UpdateSecret', {'ARN': ARN, 'Name': 'MyTestSecret', 'VersionId': 'v1'}),
    ('UpdateSecret', {'VersionId': 'v1', 'Name': 'n', 'ARN': 'a'}),
    ('UpdateSecret', {'ARN': 'a', 'Extra': 'dropped', 'Name': None, 'VersionId': None}),
    ('UpdateSecret', {'ARN': 123, 'Name': 1.5, 'VersionId': ['not', 'a', 'string']}),
    ('UpdateSecret', {'ARN': True, 'Name': {'nested': 'dict'}, 'VersionId': ''}),
    ('UpdateSecret', {}),
    ('UpdateSecret', {'arn': 'case matters'}),
    ('UpdateSecret', None),
    ('UpdateSecret', []),
    ('UpdateSecret', ['x']),
    ('UpdateSecret', 'text'),
    ('UpdateSecret', 5),
    ('DescribeSecret', {
        'Name': 'n', 'CreatedDate': 1700000000, 'LastChangedDate': 1700000000.5,
        'LastAccessedDate': 1699920000.0, 'DeletedDate': 0, 'NextRotationDate': 1700000000.123456,
        'Tags': [{'Key': 'k', 'Value': 'v', 'Other': 1}, {'Value': 'only'}],
        'VersionIdsToStages': {'v2': ['AWSCURRENT'], 'v1': ['AWSPREVIOUS', 'custom']},
        'RotationRules': {'AutomaticallyAfterDays': 30, 'Unknown': 'x'},
        'ReplicationStatus': [], 'RotationEnabled': False,
    }),
    ('DescribeSecret', {'Tags': None, 'VersionIdsToStages': {}, 'RotationRules': None}),
    ('DescribeSecret', {'VersionIdsToStages': {'v': None}}),
    ('DescribeSecret', {'VersionIdsToStages': {'v': 'AB'}}),
    ('DescribeSecret', {'VersionIdsToStages': {'v': {'k1': 1, 'k2': 2}}}),
    ('DescribeSecret', {'Tags': 'ab'}),
    ('DescribeSecret', {'Tags': {'a': 1}}),
    ('DescribeSecret', {'Tags': 5}),
    ('DescribeSecret', {'VersionIdsToStages': ['v']}),
    ('DescribeSecret', {'Tags': [None, 'x', 3]}),
    ('DescribeSecret', {'CreatedDate': '1700000000'}),
    ('DescribeSecret', {'CreatedDate': '1700000000.25'}),
    ('DescribeSecret', {'CreatedDate': '2024-01-02T03:04:05Z'}),
    ('DescribeSecret', {'CreatedDate': '2024-01-02T03:04:05.5Z'}),
    ('DescribeSecret', {'CreatedDate': '2024-01-02T03:04:05+02:00'}),
    ('DescribeSecret', {'CreatedDate': '2024-01-02T03:04:05'}),
    ('DescribeSecret', {'CreatedDate': 'Tue, 02 Jan 2024 03:04:05 GMT'}),
    ('DescribeSecret', {'CreatedDate': 'not a date'}),
    ('DescribeSecret', {'CreatedDate': True}),
    ('DescribeSecret', {'CreatedDate': -1.5}),
    ('DescribeSecret', {'CreatedDate': 253402300799}),
    ('DescribeSecret', {'CreatedDate': 1e-7}),
    ('DescribeSecret', {'CreatedDate': 1.0000005}),
    ('DescribeSecret', {'CreatedDate': 1.9999999}),
    ('DescribeSecret', {'CreatedDate': [1]}),
    ('GetSecretValue', {'Name': 'n', 'SecretBinary': 'Zm9v', 'SecretString': 's', 'VersionStages': ['AWSCURRENT'],
                        'CreatedDate': 1700000000}),
    ('ListSecrets', {'SecretList': [{'Name': 'a', 'LastChangedDate': 1700000000}, {'Name': 'b', 'Junk': 1}],
                     'NextToken': 't'}),
    ('ListSecrets', {'SecretList': [None]}),
    ('ListSecretVersionIds', {'Versions': [{'VersionId': 'v', 'VersionStages': ['AWSCURRENT'], 'CreatedDate': 0}],
                              'ARN': 'a', 'Name': 'n'}),
]

EPOCHS = [0, 1, -1, 1700000000, 1700000000.5, 1700000000.25, 1700000000.123456, 1700000000.1234567,
          1.0000005, 1.9999995, 1.9999999, -0.5, -1.25, 946684799.999999, 253402300799, 86400 * 365.25 * 30]


def main():
    if os.environ.get('TZ') != 'UTC':
        sys.exit('run with TZ=UTC')
    time.tzset()
    with gzip.open(MODEL, 'rt', encoding='utf-8') as f:
        service = ServiceModel(json.load(f), service_name='secretsmanager')
    cases = []
    for operation, body in BODIES:
        shape = service.operation_model(operation).output_shape
        entry = {'operation': operation, 'body': enc(body)}
        for name, parser in (('iso8601', JSONParser(timestamp_parser=iso_format, blob_parser=lambda x: x)),
                             ('wire', JSONParser(timestamp_parser=lambda x: x, blob_parser=lambda x: x))):
            try:
                entry[name] = {'value': enc(parser._parse_shape(shape, body))}
            except Exception as error:  # noqa: BLE001 -- the message is what aws-cli prints
                entry[name] = {'error': str(error)}
        cases.append(entry)
    epochs = [{'seconds': enc(s), 'iso': iso_format(s)} for s in EPOCHS]
    json.dump({'responses': cases, 'epochs': epochs}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
