"""Extract the Secrets Manager operations update-secret uses from botocore's
service model into src/api/model.json.

Run with a Python that has aws-cli v2 importable (Debian's /usr/bin/python3
after `apt-get install awscli`) and pass the path of the newest
`service-2.json(.gz)` (botocore 1.43 matches aws-cli 2.36.7):

    /usr/bin/python3 scripts/gen-model.py <service-2.json.gz> > src/api/model.json

The paginator configuration is read from paginators-1.json beside it.

Each member keeps its type and limits; `overview` is the one-sentence summary
aws-cli prints in `--generate-cli-skeleton yaml-input`, computed by aws-cli's
own function so the comments stay byte-identical.
"""
import gzip
import os
import xml.dom.minidom  # aws-cli's doc helper expects these loaded
import xml.parsers.expat
import json
import sys

from awscli.customizations.utils import get_shape_doc_overview

OPERATIONS = [
    'UpdateSecret', 'CreateSecret', 'GetSecretValue', 'PutSecretValue',
    'DescribeSecret', 'ListSecrets', 'ListSecretVersionIds',
    'UpdateSecretVersionStage', 'DeleteSecret', 'RestoreSecret',
    'TagResource', 'UntagResource',
]
KEEP = ('type', 'min', 'max', 'sensitive', 'enum', 'required', 'timestampFormat')


class _Doc:
    def __init__(self, documentation):
        self.documentation = documentation


def main(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        model = json.load(f)
    shapes = model['shapes']
    out_shapes = {}

    def visit(name):
        if name in out_shapes:
            return
        shape = shapes[name]
        entry = {k: shape[k] for k in KEEP if k in shape}
        out_shapes[name] = entry
        if shape['type'] == 'structure':
            members = {}
            for member_name, ref in shape['members'].items():
                member = {'shape': ref['shape']}
                if ref.get('idempotencyToken'):
                    member['idempotencyToken'] = True
                doc = ref.get('documentation', shapes[ref['shape']].get('documentation', ''))
                member['overview'] = get_shape_doc_overview(_Doc(doc))
                members[member_name] = member
                visit(ref['shape'])
            entry['members'] = members
            if shape.get('exception'):
                entry['exception'] = True
                entry['fault'] = bool(shape.get('fault'))
        elif shape['type'] == 'list':
            entry['member'] = shape['member']['shape']
            visit(shape['member']['shape'])
        elif shape['type'] == 'map':
            entry['key'] = shape['key']['shape']
            entry['value'] = shape['value']['shape']
            visit(shape['key']['shape'])
            visit(shape['value']['shape'])

    operations = {}
    for op in OPERATIONS:
        spec = model['operations'][op]
        operations[op] = {
            'input': spec['input']['shape'],
            'output': spec['output']['shape'] if 'output' in spec else None,
            'errors': [e['shape'] for e in spec.get('errors', [])],
        }
        visit(spec['input']['shape'])
        if 'output' in spec:
            visit(spec['output']['shape'])
        for e in spec.get('errors', []):
            visit(e['shape'])
    paginators_path = os.path.join(os.path.dirname(path), 'paginators-1.json')
    with open(paginators_path, encoding='utf-8') as f:
        paginators = {
            op: config for op, config in json.load(f)['pagination'].items()
            if op in OPERATIONS
        }
    json.dump({
        'apiVersion': model['metadata']['apiVersion'],
        'paginators': paginators,
        'targetPrefix': model['metadata']['targetPrefix'],
        'signingName': model['metadata'].get('signingName', 'secretsmanager'),
        'operations': operations,
        'shapes': dict(sorted(out_shapes.items())),
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
