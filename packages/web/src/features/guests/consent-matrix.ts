import { CONSENT_CHANNELS, CONSENT_PURPOSES, type Consent } from '@regulars/contracts';

/** One purpose's row of the consent table: the current consent per channel (undefined = never asked). */
export type ConsentRow = {
  purpose: Consent['purpose'];
  cells: Record<Consent['channel'], Consent | undefined>;
};

/**
 * Lays the current consents out as purpose × channel, every purpose and channel present in
 * contract order. When several entries share a cell, the latest (`at`) wins.
 */
export function consentMatrix(consents: readonly Consent[]): ConsentRow[] {
  return CONSENT_PURPOSES.map((purpose) => {
    const cells = Object.fromEntries(
      CONSENT_CHANNELS.map((channel) => [channel, undefined]),
    ) as ConsentRow['cells'];
    for (const consent of consents) {
      if (consent.purpose !== purpose) continue;
      const current = cells[consent.channel];
      if (!current || current.at <= consent.at) cells[consent.channel] = consent;
    }
    return { purpose, cells };
  });
}

/** True when at least one purpose and channel is currently granted (so "withdraw all" has work to do). */
export function hasAnyGrant(consents: readonly Consent[]): boolean {
  return consentMatrix(consents).some((row) => Object.values(row.cells).some((cell) => cell?.granted));
}
