import { describe, expect, it } from 'vitest';
import { localParts, parseDateTime, toIsoDate, wallClockToInstant, type DateOrder } from './date-time.rules';

const at = (
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  offsetMinutes: number | null = null,
) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  offsetMinutes,
});

describe('parseDateTime', () => {
  it.each<[string, DateOrder, ReturnType<typeof at>]>([
    ['2010-12-01 08:26:00', 'mdy', at(2010, 12, 1, 8, 26)],
    ['2010-12-01T08:26', 'mdy', at(2010, 12, 1, 8, 26)],
    ['2024-03-05T14:30:00+08:00', 'mdy', at(2024, 3, 5, 14, 30, 0, 480)],
    ['2024-03-05T06:30:00Z', 'mdy', at(2024, 3, 5, 6, 30, 0, 0)],
    ['2024-03-05 14:30:00.123', 'mdy', at(2024, 3, 5, 14, 30)],
    ['2024/03/05 14:30', 'mdy', at(2024, 3, 5, 14, 30)],
    ['2024/3/5 9:05', 'mdy', at(2024, 3, 5, 9, 5)],
    ['2024年3月5日 14:30', 'mdy', at(2024, 3, 5, 14, 30)],
    ['2024年3月5日 下午2:30', 'mdy', at(2024, 3, 5, 14, 30)],
    ['20240305', 'mdy', at(2024, 3, 5)],
    ['2015-01-01', 'mdy', at(2015, 1, 1)],
    ['12/1/2010 8:26', 'mdy', at(2010, 12, 1, 8, 26)],
    ['3/5/2024 2:30 PM', 'mdy', at(2024, 3, 5, 14, 30)],
    ['3/5/2024 12:15 AM', 'mdy', at(2024, 3, 5, 0, 15)],
    ['05/03/2024', 'dmy', at(2024, 3, 5)],
    ['05/03/2024 18:00', 'dmy', at(2024, 3, 5, 18, 0)],
    ['01-13-2023 11.38.36 AM', 'mdy', at(2023, 1, 13, 11, 38, 36)],
    ['1/13/23 5.30.36 PM', 'mdy', at(2023, 1, 13, 17, 30, 36)],
  ])('%j (%s)', (text, order, expected) => {
    expect(parseDateTime(text, order)).toEqual(expected);
  });

  it.each<[string, DateOrder]>([
    ['', 'mdy'],
    ['yesterday', 'mdy'],
    ['2023-02-29', 'mdy'],
    ['13/01/2023', 'mdy'],
    ['01/13/2023', 'dmy'],
    ['2024-03-05 25:00', 'mdy'],
    ['2024-03-05 13:00 PM', 'mdy'],
    ['2024-13-01', 'mdy'],
  ])('refuses %j (%s)', (text, order) => {
    expect(parseDateTime(text, order)).toBeNull();
  });

  it('writes the date part as YYYY-MM-DD', () => {
    expect(toIsoDate(parseDateTime('3/5/1990', 'mdy')!)).toBe('1990-03-05');
  });
});

describe('wallClockToInstant', () => {
  it.each([
    ['a Shanghai store', at(2010, 12, 1, 8, 26), 'Asia/Shanghai', '2010-12-01T00:26:00.000Z'],
    ['a London store in winter', at(2010, 12, 1, 8, 26), 'Europe/London', '2010-12-01T08:26:00.000Z'],
    ['a London store in summer', at(2011, 7, 1, 8, 26), 'Europe/London', '2011-07-01T07:26:00.000Z'],
    [
      'a New York store after the spring change',
      at(2024, 3, 10, 12, 0),
      'America/New_York',
      '2024-03-10T16:00:00.000Z',
    ],
    [
      'a time with its own offset',
      at(2024, 3, 5, 14, 30, 0, 480),
      'Europe/London',
      '2024-03-05T06:30:00.000Z',
    ],
  ])('reads %s', (_name, clock, zone, expected) => {
    expect(wallClockToInstant(clock, zone).toISOString()).toBe(expected);
  });

  it('gives a store-local date, hour and weekday (0 = Monday)', () => {
    const instant = wallClockToInstant(at(2024, 3, 10, 23, 30), 'Asia/Shanghai');
    expect(localParts(instant, 'Asia/Shanghai')).toEqual({ date: '2024-03-10', hour: 23, dow: 6 });
    expect(localParts(instant, 'Europe/London')).toEqual({ date: '2024-03-10', hour: 15, dow: 6 });
  });
});
