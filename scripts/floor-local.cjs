/**
 * The floor of a durable, encrypted, versioned update in bare Node, for
 * `npm run bench` to measure beside the CLI: what the local store must do at
 * the least — read the key and the metadata, encrypt the new version with
 * AES-256-GCM, write it and the new metadata each to a temporary file that
 * is fsynced and renamed into place, and fsync the directory — with no
 * parsing, validation, locking, history or output. argv: a directory.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const keyFile = path.join(dir, 'key');
const metaFile = path.join(dir, 'meta.json');
if (!fs.existsSync(keyFile)) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(keyFile, crypto.randomBytes(32));
  fs.writeFileSync(metaFile, JSON.stringify({ versions: {} }));
}

function durableWrite(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  fs.writeSync(fd, data);
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(temp, file);
}

const key = fs.readFileSync(keyFile);
const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
const id = crypto.randomUUID();
const iv = crypto.randomBytes(12);
const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
const sealed = Buffer.concat([iv, cipher.update('new-value', 'utf8'), cipher.final(), cipher.getAuthTag()]);
durableWrite(path.join(dir, 'version'), sealed);
meta.versions = { [id]: ['AWSCURRENT'] };
durableWrite(metaFile, JSON.stringify(meta));
const dirFd = fs.openSync(dir, 'r');
fs.fsyncSync(dirFd);
fs.closeSync(dirFd);
