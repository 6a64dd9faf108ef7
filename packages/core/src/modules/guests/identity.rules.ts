import type { IdentityKind } from '@regulars/contracts';
import { maskEmail, maskPhone, normaliseEmail, normalisePhone, type Normalised } from './contact.rules';

/**
 * When one arrival matches several guests, the guest found by the strongest identity keeps the
 * order; the others go to the merge review queue. A card or app account is issued by us and
 * cannot be shared; a phone can be (a family), an openid is per app.
 */
export const IDENTITY_PRIORITY: readonly IdentityKind[] = [
  'card',
  'app_member',
  'wechat_unionid',
  'phone',
  'email',
  'wechat_openid',
  'platform_user',
];

/** Identities kept secret at rest and masked on screen (the others are opaque platform ids). */
export const PERSONAL_IDENTITIES: readonly IdentityKind[] = ['phone', 'email'];

/**
 * Normalises an identity value for matching: phones to E.164, e-mails lower-cased, cards
 * upper-cased without spaces, platform ids trimmed. Platform user ids need a namespace.
 */
export function normaliseIdentity(kind: IdentityKind, value: string): Normalised {
  if (kind === 'phone') return normalisePhone(value);
  if (kind === 'email') return normaliseEmail(value);
  const trimmed = value.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (kind === 'card') return { ok: true, value: trimmed.replace(/[\s-]/g, '').toUpperCase() };
  return { ok: true, value: trimmed };
}

/** The display form of an identity for callers who may not see it in full. */
export function maskIdentity(kind: IdentityKind, value: string): string {
  if (kind === 'phone') return maskPhone(value);
  if (kind === 'email') return maskEmail(value);
  if (value.length <= 4) return '****';
  return `${value.slice(0, 2)}****${value.slice(-2)}`;
}

/** `王*明`, `J***`: keeps the first character (and the last of names longer than two). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  const cjk = /[\u3400-\u9fff]/.test(name);
  return cjk ? `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}` : `${chars[0]}***`;
}

/** `****-05-**`: the month only, which birthday offers need. */
export function maskBirthday(birthday: string): string {
  return `****-${birthday.slice(5, 7)}-**`;
}

/** The first few characters of an address, enough to tell two apart. */
export function maskAddress(address: string): string {
  const chars = [...address];
  return `${chars.slice(0, Math.min(6, Math.ceil(chars.length / 3))).join('')}***`;
}

/** The identity that decides which of several matched guests keeps an arrival. */
export function strongestKind(kinds: readonly IdentityKind[]): IdentityKind | undefined {
  return IDENTITY_PRIORITY.find((kind) => kinds.includes(kind));
}
