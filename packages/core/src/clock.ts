/** The source of "now"; tests replace it to move time. */
export type Clock = { now: () => Date };

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved, for tests of expiry and lock-out. */
export function fixedClock(start: Date): Clock & { advance: (ms: number) => void; set: (d: Date) => void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (d) => {
      current = d.getTime();
    },
  };
}
