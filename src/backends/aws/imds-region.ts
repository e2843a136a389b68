/**
 * The last step of aws-cli's region chain: the instance metadata service
 * (IMDSv2 token, then the availability zone minus its letter), with
 * botocore's defaults of a 1-second timeout and one attempt. Any failure
 * means "no region here"; AWS_EC2_METADATA_DISABLED=true skips it.
 */
import { request as httpRequest } from 'node:http';
import type { Env } from '../../config/paths.js';
import type { DebugLog } from '../../debug.js';

function request(url: URL, method: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, timeout: 1000, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

export async function regionFromInstanceMetadata(env: Env, debug: DebugLog): Promise<string | undefined> {
  if (env.AWS_EC2_METADATA_DISABLED?.toLowerCase() === 'true') return undefined;
  const base = env.AWS_EC2_METADATA_SERVICE_ENDPOINT ?? 'http://169.254.169.254/';
  try {
    const headers: Record<string, string> = {};
    const token = await request(new URL('latest/api/token', base), 'PUT', { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' });
    if (token.status === 200) headers['x-aws-ec2-metadata-token'] = token.body;
    else if (![403, 404, 405].includes(token.status)) return undefined;
    const zone = await request(new URL('latest/meta-data/placement/availability-zone/', base), 'GET', headers);
    return zone.status === 200 && zone.body ? zone.body.slice(0, -1) : undefined;
  } catch {
    debug.log('botocore.utils', 'Max number of attempts exceeded (1) when attempting to retrieve data from metadata service.');
    return undefined;
  }
}
