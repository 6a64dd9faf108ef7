/** Why a phone number or e-mail address was refused, in words a cashier understands. */
export type ContactProblem =
  | 'empty'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'no_country_code'
  | 'impossible_mobile'
  | 'invalid_email';

/** A normalised value, or why it was refused. */
export type Normalised = { ok: true; value: string } | { ok: false; reason: ContactProblem };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF08\uFF09\uFF0D\u3000]/g;
const SEPARATORS = /[\s\-().\u00A0\u2010-\u2015\u30FB]/g;

/**
 * Normalises a phone number to E.164 (`+8613812345678`). Accepts +86 / 0086 / 86 prefixes,
 * spaces, dashes, brackets and full-width digits. A number without a country code is taken as
 * Chinese: an 11-digit mobile (1[3-9]…) or a landline with its 0-prefixed area code. Other
 * countries need their `+` code. E.164 allows at most 15 digits.
 */
export function normalisePhone(input: string): Normalised {
  const folded = input.replace(FULL_WIDTH, (c) => toAscii(c)).replace(SEPARATORS, '');
  if (folded === '') return { ok: false, reason: 'empty' };
  const international = folded.startsWith('+') || folded.startsWith('00');
  const digits = folded.replace(/^\+|^00/, '');
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'not_a_number' };
  if (international) return chinaOrWorld(digits);
  if (/^86\d{11}$/.test(digits)) return china(digits.slice(2));
  return china(digits);
}

function chinaOrWorld(digits: string): Normalised {
  if (digits.startsWith('86')) return china(digits.slice(2));
  if (digits.startsWith('0')) return { ok: false, reason: 'not_a_number' };
  if (digits.length < 8) return { ok: false, reason: 'too_short' };
  if (digits.length > 15) return { ok: false, reason: 'too_long' };
  return { ok: true, value: `+${digits}` };
}

/** A Chinese national number: mobile 1[3-9]xxxxxxxxx, or landline 0 + area code + 7–8 digits. */
function china(national: string): Normalised {
  if (national.startsWith('1')) {
    if (national.length < 11) return { ok: false, reason: 'too_short' };
    if (national.length > 11) return { ok: false, reason: 'too_long' };
    if (!/^1[3-9]\d{9}$/.test(national)) return { ok: false, reason: 'impossible_mobile' };
    return { ok: true, value: `+86${national}` };
  }
  const landline = national.startsWith('0') ? national.slice(1) : national;
  if (!national.startsWith('0') && national.length < 11) return { ok: false, reason: 'no_country_code' };
  if (landline.length < 9) return { ok: false, reason: 'too_short' };
  if (landline.length > 11) return { ok: false, reason: 'too_long' };
  return { ok: true, value: `+86${landline}` };
}

function toAscii(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10);
  return { '\uFF0B': '+', '\uFF08': '(', '\uFF09': ')', '\uFF0D': '-', '\u3000': ' ' }[c] ?? c;
}

/**
 * Normalises an e-mail address: trimmed, full-width folded, lower-cased; one `@`, a dotted
 * domain, no spaces. Returns `invalid_email` otherwise.
 */
export function normaliseEmail(input: string): Normalised {
  const value = input.normalize('NFKC').trim().toLowerCase();
  if (value === '') return { ok: false, reason: 'empty' };
  const match = /^([^\s@]{1,64})@([a-z0-9-]+(\.[a-z0-9-]+)+)$/.exec(value);
  if (!match || match[2]!.split('.').some((label) => label === '' || label.startsWith('-'))) {
    return { ok: false, reason: 'invalid_email' };
  }
  return { ok: true, value };
}

/** `138****5678` for a phone in E.164 or national form: keeps the first three and last four digits. */
export function maskPhone(e164: string): string {
  const national = e164.startsWith('+86') ? e164.slice(3) : e164.replace(/^\+/, '');
  if (national.length <= 7) return `${national.slice(0, 1)}****`;
  return `${national.slice(0, 3)}****${national.slice(-4)}`;
}

/** `z***@example.com`: keeps the first character of the local part and the domain. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
