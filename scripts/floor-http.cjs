/**
 * The floor of one signed Secrets Manager call in bare Node, for `npm run
 * bench` to measure beside the CLI: load http and crypto, sign an
 * UpdateSecret request with SigV4, send it, read the answer and print it —
 * with no SDK, option parsing, validation, retries or formatting.
 * argv: endpoint URL, secret id. Keys and region from the environment.
 */
'use strict';
const crypto = require('node:crypto');
const http = require('node:http');

const [endpoint, secretId] = process.argv.slice(2);
const url = new URL(endpoint);
const region = process.env.AWS_DEFAULT_REGION;
const body = JSON.stringify({ SecretId: secretId, SecretString: 'x', ClientRequestToken: crypto.randomUUID() });
const amzDate = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
const day = amzDate.slice(0, 8);
const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
const headers = {
  'content-type': 'application/x-amz-json-1.1',
  host: url.host,
  'x-amz-date': amzDate,
  'x-amz-target': 'secretsmanager.UpdateSecret',
};
const signed = Object.keys(headers).sort();
const canonical = ['POST', '/', '', ...signed.map((h) => `${h}:${headers[h]}`), '', signed.join(';'), sha256(body)].join('\n');
const scope = `${day}/${region}/secretsmanager/aws4_request`;
const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
let key = `AWS4${process.env.AWS_SECRET_ACCESS_KEY}`;
for (const part of [day, region, 'secretsmanager', 'aws4_request']) key = hmac(key, part);
headers.authorization = `AWS4-HMAC-SHA256 Credential=${process.env.AWS_ACCESS_KEY_ID}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${hmac(key, toSign).toString('hex')}`;
headers['content-length'] = String(Buffer.byteLength(body));

const req = http.request({ hostname: url.hostname, port: url.port, method: 'POST', path: '/', headers }, (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    process.stdout.write(`${JSON.stringify(JSON.parse(Buffer.concat(chunks).toString()), null, 4)}\n`);
    process.exitCode = res.statusCode === 200 ? 0 : 1;
  });
});
req.end(body);
