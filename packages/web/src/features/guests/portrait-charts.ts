import { DAYPARTS, type Daypart, type GuestPortrait } from '@regulars/contracts';
import type { ChartOption } from '../../shared/echarts-setup';

const ACCENT = '#b5542d';
const PALETTE = [ACCENT, '#e0a458', '#5b8e7d', '#4f6d9a', '#9b6a9c', '#c9c27a', '#7a8b99', '#d97b66'];

/** Weekday names Monday first in the console language, e.g. `Mon` / `周一`. */
export function weekdayNames(lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))));
}

/** Orders per daypart in the order of the day, dayparts without orders as 0. */
export function ordersByDaypart(dayparts: GuestPortrait['dayparts']): { daypart: Daypart; orders: number }[] {
  const counts = new Map<Daypart, number>();
  for (const entry of dayparts) counts.set(entry.daypart, (counts.get(entry.daypart) ?? 0) + entry.orders);
  return DAYPARTS.map((daypart) => ({ daypart, orders: counts.get(daypart) ?? 0 }));
}

/** A vertical bar chart of `values` over `labels` (counts; integer axis). */
export function barOption(labels: string[], values: number[], name: string): ChartOption {
  return {
    color: [ACCENT],
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: values, barMaxWidth: 36 }],
  };
}

/** A horizontal bar chart, largest first at the top; for favourite items with long names. */
export function rankedBarOption(labels: string[], values: number[], name: string): ChartOption {
  return {
    color: [ACCENT],
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: [...labels].reverse(), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name, data: [...values].reverse(), barMaxWidth: 20 }],
  };
}

/** A doughnut of shares, e.g. orders per channel. */
export function pieOption(slices: { name: string; value: number }[], name: string): ChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'plain' },
    series: [
      {
        type: 'pie',
        name,
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        label: { formatter: '{d}%' },
        data: slices.filter((slice) => slice.value > 0),
      },
    ],
  };
}
