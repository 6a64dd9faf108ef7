import type { IdentityKind } from '@regulars/contracts';
import { blindIndex, decryptField, encryptField, type Keyring } from '../../crypto/field-crypto';

/** Personal guest fields sealed at rest; the name doubles as the associated data. */
export type SealedField = 'name' | 'birthday' | 'addresses' | 'identity';

/** Seals a personal value, or passes null through. */
export function seal(keyring: Keyring, field: SealedField, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : encryptField(keyring, value, `guests.${field}`);
}

/** Opens a sealed personal value, or passes null through. */
export function unseal(keyring: Keyring, field: SealedField, sealed: string | null): string | null {
  return sealed === null ? null : decryptField(keyring, sealed, `guests.${field}`);
}

/** The blind index of a normalised identity: equal values give equal indexes, per kind and namespace. */
export function identityIndex(
  keyring: Keyring,
  kind: IdentityKind,
  namespace: string,
  normalised: string,
): string {
  return blindIndex(keyring, normalised, `identity:${kind}:${namespace}`);
}

/** The blind index of a name for exact search: case and spacing do not matter. */
export function nameIndex(keyring: Keyring, name: string): string {
  return blindIndex(keyring, name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' '), 'name');
}
