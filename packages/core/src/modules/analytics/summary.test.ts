import { describe, expect, it } from 'vitest';
import { buildCustomerSummaries, toDayNumber, toSummaryColumns, type Transaction } from './summary';

const tx = (customerId: string, date: string, amount: number): Transaction => ({ customerId, date, amount });

describe('buildCustomerSummaries', () => {
  it.each([
    {
      name: 'a single purchase has no repeat transactions',
      log: [tx('a', '2024-01-01', 10)],
      expected: { x: 0, tx: 0, T: 30, zbar: 0, spend: 10 },
    },
    {
      name: 'purchases on the same day merge into one transaction with the amounts summed',
      log: [tx('a', '2024-01-01', 10), tx('a', '2024-01-11', 5), tx('a', '2024-01-11', 7)],
      expected: { x: 1, tx: 10, T: 30, zbar: 12, spend: 22 },
    },
    {
      name: 'same-day purchases on the first day are all the first transaction',
      log: [tx('a', '2024-01-01', 10), tx('a', '2024-01-01', 4)],
      expected: { x: 0, tx: 0, T: 30, zbar: 0, spend: 14 },
    },
    {
      name: 'zbar is the mean of the repeat days only, not of the first purchase',
      log: [tx('a', '2024-01-01', 100), tx('a', '2024-01-05', 10), tx('a', '2024-01-21', 20)],
      expected: { x: 2, tx: 20, T: 30, zbar: 15, spend: 130 },
    },
    {
      name: 'unsorted input gives the same summary',
      log: [tx('a', '2024-01-21', 20), tx('a', '2024-01-01', 100), tx('a', '2024-01-05', 10)],
      expected: { x: 2, tx: 20, T: 30, zbar: 15, spend: 130 },
    },
    {
      name: 'a purchase on the calibration end day counts; one after it does not',
      log: [tx('a', '2024-01-01', 1), tx('a', '2024-01-31', 2), tx('a', '2024-02-01', 3)],
      expected: { x: 1, tx: 30, T: 30, zbar: 2, spend: 3 },
    },
  ])('$name', ({ log, expected }) => {
    const [summary] = buildCustomerSummaries(log, { calibrationEnd: '2024-01-31', unit: 'day' });
    expect(summary).toMatchObject({ customerId: 'a', firstPurchase: '2024-01-01', ...expected });
    expect(summary).not.toHaveProperty('xHoldout');
  });

  it.each([
    { name: 'no purchases after calibration', dates: ['2024-01-01', '2024-01-10'], xHoldout: 0 },
    { name: 'one holdout day', dates: ['2024-01-01', '2024-02-03'], xHoldout: 1 },
    {
      name: 'two purchases on one holdout day count once',
      dates: ['2024-01-01', '2024-02-03', '2024-02-03'],
      xHoldout: 1,
    },
    {
      name: 'the holdout end day is included',
      dates: ['2024-01-01', '2024-02-03', '2024-02-29'],
      xHoldout: 2,
    },
    { name: 'purchases after the holdout end are ignored', dates: ['2024-01-01', '2024-03-01'], xHoldout: 0 },
  ])('counts holdout transactions: $name', ({ dates, xHoldout }) => {
    const [summary] = buildCustomerSummaries(
      dates.map((d) => tx('a', d, 1)),
      { calibrationEnd: '2024-01-31', holdoutEnd: '2024-02-29', unit: 'day' },
    );
    expect(summary?.xHoldout).toBe(xHoldout);
    expect(summary?.x).toBe(dates.filter((d) => d > '2024-01-01' && d <= '2024-01-31').length);
  });

  it('measures t_x and T in weeks by default, from the first purchase', () => {
    const [summary] = buildCustomerSummaries([tx('a', '1997-01-01', 1), tx('a', '1997-08-01', 1)], {
      calibrationEnd: '1997-09-30',
    });
    expect(summary?.T).toBeCloseTo(272 / 7, 12);
    expect(summary?.tx).toBeCloseTo(212 / 7, 12);
  });

  it('leaves out customers whose first purchase is after the calibration end', () => {
    const summaries = buildCustomerSummaries([tx('a', '2024-01-05', 1), tx('b', '2024-02-05', 1)], {
      calibrationEnd: '2024-01-31',
      holdoutEnd: '2024-02-29',
    });
    expect(summaries.map((s) => s.customerId)).toEqual(['a']);
  });

  it('accepts Date objects and epoch milliseconds as UTC days', () => {
    const summaries = buildCustomerSummaries(
      [
        { customerId: 'a', date: new Date('2024-01-01T09:00:00Z'), amount: 1 },
        { customerId: 'a', date: Date.UTC(2024, 0, 1, 20), amount: 2 },
        { customerId: 'a', date: '2024-01-03T10:00:00Z', amount: 3 },
      ],
      { calibrationEnd: new Date('2024-01-31T00:00:00Z'), unit: 'day' },
    );
    expect(summaries[0]).toMatchObject({ x: 1, tx: 2, spend: 6 });
  });

  it('rejects unreadable dates, non-finite amounts and a holdout that ends before calibration', () => {
    expect(() => buildCustomerSummaries([tx('a', 'yesterday', 1)], { calibrationEnd: '2024-01-31' })).toThrow(
      RangeError,
    );
    expect(() =>
      buildCustomerSummaries([tx('a', '2024-01-01', NaN)], { calibrationEnd: '2024-01-31' }),
    ).toThrow(RangeError);
    expect(() =>
      buildCustomerSummaries([], { calibrationEnd: '2024-01-31', holdoutEnd: '2024-01-01' }),
    ).toThrow(RangeError);
  });

  it('turns summaries into Float64Array columns in the same order', () => {
    const summaries = buildCustomerSummaries(
      [tx('a', '2024-01-01', 1), tx('b', '2024-01-02', 1), tx('a', '2024-01-08', 4)],
      {
        calibrationEnd: '2024-01-15',
        unit: 'day',
      },
    );
    const columns = toSummaryColumns(summaries);
    expect(Array.from(columns.x)).toEqual([1, 0]);
    expect(Array.from(columns.tx)).toEqual([7, 0]);
    expect(Array.from(columns.T)).toEqual([14, 13]);
    expect(Array.from(columns.zbar)).toEqual([4, 0]);
  });
});

describe('toDayNumber', () => {
  it('counts whole days since 1970-01-01', () => {
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1997-01-01')).toBe(9862);
    expect(toDayNumber(new Date('1997-01-01T23:59:59Z'))).toBe(9862);
  });
});
