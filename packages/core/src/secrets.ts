import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config';

/**
 * The installation's 32-byte secret: derived from REGULARS_SECRET when set, otherwise read from
 * (or created once in) `<dataDir>/secret.key` with owner-only permissions. Losing it loses
 * the encrypted fields: back it up with the database.
 */
export function loadSecret(config: Config): { key: Buffer; source: 'env' | 'file' | 'created' } {
  if (config.secret) {
    return { key: createHash('sha256').update(config.secret).digest(), source: 'env' };
  }
  const file = path.resolve(config.dataDir, 'secret.key');
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} is not a 64-character hex key`);
    return { key: Buffer.from(hex, 'hex'), source: 'file' };
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { key, source: 'created' };
}
