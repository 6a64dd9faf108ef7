import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blindIndex, decryptField, deriveKeyring, encryptField, needsReencryption } from './field-crypto';

const secret = randomBytes(32);

describe('field encryption', () => {
  it('reads back any text it sealed, and never shows it in the sealed form', () => {
    const ring = deriveKeyring(secret);
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), (text) => {
        const sealed = encryptField(ring, text, 'guests.phone');
        expect(decryptField(ring, sealed, 'guests.phone')).toBe(text);
        expect(sealed).not.toContain(text);
      }),
    );
  });

  it('seals the same value differently each time', () => {
    const ring = deriveKeyring(secret);
    expect(encryptField(ring, '+8613812345678', 'p')).not.toBe(encryptField(ring, '+8613812345678', 'p'));
  });

  it('refuses a value moved to another column or tampered with', () => {
    const ring = deriveKeyring(secret);
    const sealed = encryptField(ring, '王伟', 'guests.name');
    expect(() => decryptField(ring, sealed, 'guests.email')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => decryptField(ring, parts.join('.'), 'guests.name')).toThrow();
  });

  it('rotates: a new key writes, old values still read and are flagged for re-encryption', () => {
    const before = deriveKeyring(secret, ['k1']);
    const after = deriveKeyring(secret, ['k1', 'k2']);
    const old = encryptField(before, 'zhang@example.com', 'e');
    expect(decryptField(after, old, 'e')).toBe('zhang@example.com');
    expect(needsReencryption(after, old)).toBe(true);
    const fresh = encryptField(after, 'zhang@example.com', 'e');
    expect(needsReencryption(after, fresh)).toBe(false);
    expect(() => decryptField(before, fresh, 'e')).toThrow(/unknown version or key/);
  });

  it('keeps blind indexes stable across rotation and distinct per kind and secret', () => {
    const a = deriveKeyring(secret, ['k1']);
    const b = deriveKeyring(secret, ['k1', 'k2']);
    expect(blindIndex(a, '+8613812345678', 'phone')).toBe(blindIndex(b, '+8613812345678', 'phone'));
    expect(blindIndex(a, 'x', 'phone')).not.toBe(blindIndex(a, 'x', 'email'));
    expect(blindIndex(deriveKeyring(randomBytes(32)), 'x', 'phone')).not.toBe(blindIndex(a, 'x', 'phone'));
  });
});
