import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoney } from './format';

describe('formatMoney', () => {
  it.each([
    [1250, 'zh-CN', '¥12.50'],
    [1250, 'en', '¥12.50'],
    [0, 'zh-CN', '¥0.00'],
    [123456789, 'en', '¥1,234,567.89'],
    [-50, 'zh-CN', '-¥0.50'],
  ])('shows %i fen in %s as %s', (fen, lang, expected) => {
    expect(formatMoney(fen, lang)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it('writes Chinese dates with 年月日', () => {
    expect(formatDateTime('2025-03-04T06:05:00Z', 'zh-CN')).toMatch(/2025年3月4日/);
  });

  it('shows a dash for a missing timestamp', () => {
    expect(formatDateTime(null, 'en')).toBe('—');
  });
});
