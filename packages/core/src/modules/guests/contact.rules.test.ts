import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskEmail, maskPhone, normaliseEmail, normalisePhone } from './contact.rules';

describe('normalisePhone', () => {
  it.each([
    ['13812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['138-1234-5678', '+8613812345678'],
    ['+86 138 1234 5678', '+8613812345678'],
    ['0086 13812345678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['１３８１２３４５６７８', '+8613812345678'],
    ['＋８６ １３８－１２３４－５６７８', '+8613812345678'],
    ['(021) 6234 5678', '+862162345678'],
    ['010-87654321', '+861087654321'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['138abc45678', 'not_a_number'],
    ['1381234567', 'too_short'],
    ['138123456789', 'too_long'],
    ['12812345678', 'impossible_mobile'],
    ['62345678', 'no_country_code'],
    ['+1234567', 'too_short'],
    ['+1234567890123456', 'too_long'],
  ])('refuses %j as %s', (input, reason) => {
    expect(normalisePhone(input)).toEqual({ ok: false, reason });
  });

  it('gives the same answer for every way of writing a Chinese mobile', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.stringMatching(/^\d{9}$/),
        fc.constantFrom('', '+86', '0086', '86', '+86 '),
        fc.constantFrom(' ', '-', ''),
        (second, rest, prefix, separator) => {
          const national = `1${second}${rest}`;
          const written = `${prefix}${national.slice(0, 3)}${separator}${national.slice(3, 7)}${separator}${national.slice(7)}`;
          expect(normalisePhone(written)).toEqual({ ok: true, value: `+86${national}` });
        },
      ),
    );
  });

  it('only ever answers E.164 with at most 15 digits', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = normalisePhone(input);
        if (result.ok) expect(result.value).toMatch(/^\+[1-9]\d{7,14}$/);
      }),
    );
  });
});

describe('normaliseEmail', () => {
  it.each([
    [' Zhang.Wei@Example.COM ', 'zhang.wei@example.com'],
    ['ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｎ', 'wang@example.cn'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'plainaddress', 'a@b', 'a b@example.com', 'a@@example.com', 'a@-x.com', 'a@x..com'])(
    'refuses %j',
    (input) => {
      expect(normaliseEmail(input).ok).toBe(false);
    },
  );
});

describe('masking', () => {
  it('shows a cashier 138****5678 and z***@example.com', () => {
    expect(maskPhone('+8613812345678')).toBe('138****5678');
    expect(maskEmail('zhang.wei@example.com')).toBe('z***@example.com');
  });
});
