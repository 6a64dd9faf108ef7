import type { Daypart } from '@regulars/contracts';

/**
 * Where each daypart starts, in minutes after local midnight, declared once. Breakfast runs from
 * midnight to 10:30, lunch 10:30–14:00, afternoon 14:00–17:00, dinner 17:00–21:00, late from 21:00.
 */
export const DAYPART_STARTS: ReadonlyArray<{ daypart: Daypart; startsAt: number }> = [
  { daypart: 'breakfast', startsAt: 0 },
  { daypart: 'lunch', startsAt: 10 * 60 + 30 },
  { daypart: 'afternoon', startsAt: 14 * 60 },
  { daypart: 'dinner', startsAt: 17 * 60 },
  { daypart: 'late', startsAt: 21 * 60 },
];

/** The daypart of a local wall-clock time (hour 0–23, minute 0–59). */
export function daypartOf(hour: number, minute = 0): Daypart {
  const at = hour * 60 + minute;
  let found: Daypart = 'breakfast';
  for (const { daypart, startsAt } of DAYPART_STARTS) if (at >= startsAt) found = daypart;
  return found;
}
