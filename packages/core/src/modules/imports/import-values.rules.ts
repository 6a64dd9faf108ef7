/** Genders a profile may hold. */
export type Gender = 'female' | 'male' | 'other';

const CURRENCY = /[$¥￥£€\s]|RMB|CNY|USD|GBP|EUR|元/gi;

/**
 * An amount of money as fen (integer). `yuan` reads decimals in major units (`12.50`, `$18.00 `,
 * `¥1,234.5`, `(3.00)` for a negative), rounding half away from zero at the third decimal;
 * `fen` reads whole minor units. Null when the text is not a number.
 */
export function parseMoneyToFen(text: string, unit: 'yuan' | 'fen'): number | null {
  let value = text.replace(CURRENCY, '');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  if (value.startsWith('-')) {
    negative = !negative;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  value = value.replace(/,(?=\d{3}(\D|$))/g, '');
  if (unit === 'fen') {
    if (!/^\d+$/.test(value)) return null;
    return (negative ? -1 : 1) * Number(value);
  }
  const m = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return null;
  const decimals = `${m[2] ?? ''}000`;
  let fen = Number(m[1] || '0') * 100 + Number(decimals.slice(0, 2));
  if (Number(decimals[2]) >= 5) fen += 1;
  if (!Number.isSafeInteger(fen)) return null;
  return negative && fen !== 0 ? -fen : fen;
}

/** A whole quantity (`3`, `3.0`, `-2`); null for fractions and non-numbers. */
export function parseQuantity(text: string): number | null {
  const value = text.replace(/\s/g, '');
  if (!/^[-+]?\d+(\.0*)?$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

const GENDERS: Record<string, Gender> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  女: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  男: 'male',
  other: 'other',
  x: 'other',
  其他: 'other',
};

/** A gender from the file's own words (the mapping's `genders` first, then common forms); null if unknown. */
export function parseGender(text: string, custom: Record<string, Gender>): Gender | null {
  const value = text.trim();
  if (value === '') return null;
  return custom[value] ?? GENDERS[value.toLowerCase()] ?? null;
}
