import { describe, expect, it } from 'vitest';
import { parseDay } from './parse-day';

describe('parseDay', () => {
  it.each([
    ['2010-12-01 08:45:00', 'mdy', '2010-12-01'],
    ['2010-12-01T08:45:00+08:00', 'mdy', '2010-12-01'],
    ['19970101', 'mdy', '1997-01-01'],
    ['2024/2/29', 'mdy', '2024-02-29'],
    ['12/1/2010 8:26', 'mdy', '2010-12-01'],
    ['12/1/2010 8:26', 'dmy', '2010-01-12'],
    ['31.12.2015', 'mdy', '2015-12-31'],
  ] as const)('%s (%s) → %s', (text, order, day) => {
    expect(parseDay(text, order)).toBe(day);
  });

  it.each(['', 'yesterday', '2023-02-29', '13/13/2020', '2020-1'])('refuses %j', (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
});
