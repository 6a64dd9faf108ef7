import { CHANNELS, type Channel, type GuestSummary } from '@regulars/contracts';

/** The statuses a guest record can be in, in filter order. */
export const GUEST_STATUSES: readonly GuestSummary['status'][] = ['active', 'merged', 'erased'];

/** Tag colour per guest status. */
export const GUEST_STATUS_COLORS: Record<GuestSummary['status'], string> = {
  active: 'green',
  merged: 'blue',
  erased: 'default',
};

/** True when a recorded source (e.g. an identity's `source`) is one of the known channels. */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}
