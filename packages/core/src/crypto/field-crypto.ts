import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Encryption keys by id, and which one new values are written with. */
export type Keyring = { current: string; keys: ReadonlyMap<string, Buffer>; indexKey: Buffer };

const VERSION = 'v1';

/**
 * Derives the keyring from the installation secret: a field key per id (`k1`, `k2`, … — add an
 * id to rotate) and a separate key for blind indexes, all with HKDF-SHA256.
 */
export function deriveKeyring(secret: Buffer, keyIds: readonly string[] = ['k1']): Keyring {
  const keys = new Map(keyIds.map((id) => [id, derive(secret, `regulars field key ${id}`)]));
  return { current: keyIds.at(-1)!, keys, indexKey: derive(secret, 'regulars blind index') };
}

function derive(secret: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
}

/**
 * Encrypts a personal field with AES-256-GCM under the current key: `v1.<keyId>.<iv>.<data>.<tag>`
 * (base64url). `context` (e.g. the column name) is bound as associated data, so a value cannot
 * be moved to another column unnoticed.
 */
export function encryptField(keyring: Keyring, plaintext: string, context: string): string {
  const key = keyring.keys.get(keyring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, keyring.current, iv, data, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Decrypts a value written by encryptField under any key of the ring; throws if tampered. */
export function decryptField(keyring: Keyring, sealed: string, context: string): string {
  const [version, keyId, iv, data, tag] = sealed.split('.');
  const key = keyId ? keyring.keys.get(keyId) : undefined;
  if (version !== VERSION || !key || !iv || data === undefined || !tag) {
    throw new Error('Unreadable encrypted field (unknown version or key)');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
    .setAAD(Buffer.from(context))
    .setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}

/** True when a value was written under an older key and should be re-encrypted (rotation). */
export function needsReencryption(keyring: Keyring, sealed: string): boolean {
  return sealed.split('.')[1] !== keyring.current;
}

/**
 * A keyed hash (HMAC-SHA256, hex) of a normalised value, so exact search by phone or e-mail
 * works on encrypted columns without revealing the value. Stable across field-key rotations.
 */
export function blindIndex(keyring: Keyring, normalised: string, kind: string): string {
  return createHmac('sha256', keyring.indexKey).update(`${kind}:${normalised}`).digest('hex');
}
