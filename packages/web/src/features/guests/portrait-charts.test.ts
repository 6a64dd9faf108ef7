import { describe, expect, it } from 'vitest';
import { barOption, ordersByDaypart, pieOption, rankedBarOption, weekdayNames } from './portrait-charts';

describe('weekdayNames', () => {
  it('starts with Monday in English', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('writes Chinese weekdays', () => {
    const names = weekdayNames('zh-CN');
    expect(names).toHaveLength(7);
    expect(names[0]).toBe('周一');
    expect(names[6]).toBe('周日');
  });
});

describe('ordersByDaypart', () => {
  it('orders dayparts through the day and fills the missing ones with zero', () => {
    expect(
      ordersByDaypart([
        { daypart: 'dinner', orders: 4 },
        { daypart: 'breakfast', orders: 2 },
      ]),
    ).toEqual([
      { daypart: 'breakfast', orders: 2 },
      { daypart: 'lunch', orders: 0 },
      { daypart: 'afternoon', orders: 0 },
      { daypart: 'dinner', orders: 4 },
      { daypart: 'late', orders: 0 },
    ]);
  });
});

describe('chart options', () => {
  it('puts the largest favourite item at the top of the ranked bars', () => {
    const option = rankedBarOption(['Latte', 'Mocha'], [9, 3], 'Quantity') as {
      yAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(['Mocha', 'Latte']);
    expect(option.series[0]!.data).toEqual([3, 9]);
  });

  it('keeps bar labels and values aligned', () => {
    const option = barOption(['a', 'b'], [1, 2], 'Orders') as {
      xAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['a', 'b']);
    expect(option.series[0]!.data).toEqual([1, 2]);
  });

  it('leaves empty slices out of the pie', () => {
    const option = pieOption(
      [
        { name: 'Dine-in', value: 3 },
        { name: 'Delivery', value: 0 },
      ],
      'Channels',
    ) as { series: { data: { name: string }[] }[] };
    expect(option.series[0]!.data.map((slice) => slice.name)).toEqual(['Dine-in']);
  });
});
