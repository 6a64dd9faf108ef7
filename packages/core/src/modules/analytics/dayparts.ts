/**
 * Daypart boundaries of the analytics figures, in local hours after midnight (10.5 = 10:30).
 * The same boundaries as the guest portrait (`orders/daypart.rules.ts`); kept here so the pure
 * analytics core depends on nothing.
 */

/** The five dayparts, in order of the day. */
export type DaypartName = 'breakfast' | 'lunch' | 'afternoon' | 'dinner' | 'late';

/**
 * Where each daypart starts, in local hours: breakfast from midnight to 10:30, lunch 10:30–14:00,
 * afternoon 14:00–17:00, dinner 17:00–21:00, late from 21:00 to midnight.
 */
export const DAYPART_BOUNDARIES: ReadonlyArray<{ daypart: DaypartName; startsAtHour: number }> = [
  { daypart: 'breakfast', startsAtHour: 0 },
  { daypart: 'lunch', startsAtHour: 10.5 },
  { daypart: 'afternoon', startsAtHour: 14 },
  { daypart: 'dinner', startsAtHour: 17 },
  { daypart: 'late', startsAtHour: 21 },
];

/** The daypart names in order of the day (index = the value of {@link daypartIndexOfHour}). */
export const DAYPART_NAMES: readonly DaypartName[] = DAYPART_BOUNDARIES.map((b) => b.daypart);

/** True when `localHour` is a wall-clock time in [0, 24); fractions carry the minutes. */
export function isLocalHour(localHour: number): boolean {
  return Number.isFinite(localHour) && localHour >= 0 && localHour < 24;
}

/** Index 0–4 of the daypart of a local hour (fractions carry the minutes: 10.5 = 10:30, lunch). */
export function daypartIndexOfHour(localHour: number): number {
  let found = 0;
  for (let i = 1; i < DAYPART_BOUNDARIES.length; i++) {
    if (localHour >= (DAYPART_BOUNDARIES[i]?.startsAtHour ?? Infinity)) found = i;
  }
  return found;
}
