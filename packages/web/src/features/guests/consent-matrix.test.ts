import type { Consent } from '@regulars/contracts';
import { describe, expect, it } from 'vitest';
import { consentMatrix, hasAnyGrant } from './consent-matrix';

const consent = (over: Partial<Consent>): Consent => ({
  purpose: 'marketing',
  channel: 'sms',
  granted: true,
  at: '2025-01-01T00:00:00Z',
  source: 'console',
  wordingVersion: 'v1',
  ...over,
});

describe('consentMatrix', () => {
  it('lists every purpose with every channel, empty when never asked', () => {
    const rows = consentMatrix([]);
    expect(rows.map((row) => row.purpose)).toEqual(['service', 'marketing', 'profiling']);
    expect(Object.keys(rows[0]!.cells)).toEqual(['sms', 'email', 'wechat', 'push']);
    expect(Object.values(rows[1]!.cells).every((cell) => cell === undefined)).toBe(true);
  });

  it('puts each consent in its purpose and channel cell', () => {
    const rows = consentMatrix([consent({ purpose: 'profiling', channel: 'email', granted: false })]);
    expect(rows[2]!.cells.email?.granted).toBe(false);
    expect(rows[2]!.cells.sms).toBeUndefined();
    expect(rows[1]!.cells.email).toBeUndefined();
  });

  it('keeps the latest consent when a cell has several', () => {
    const rows = consentMatrix([
      consent({ granted: false, at: '2025-03-01T00:00:00Z' }),
      consent({ granted: true, at: '2025-02-01T00:00:00Z' }),
    ]);
    expect(rows[1]!.cells.sms?.granted).toBe(false);
  });
});

describe('hasAnyGrant', () => {
  it('is false when everything is withdrawn or never asked', () => {
    expect(hasAnyGrant([consent({ granted: false })])).toBe(false);
    expect(hasAnyGrant([])).toBe(false);
  });

  it('is true when one cell is granted', () => {
    expect(hasAnyGrant([consent({ granted: false }), consent({ channel: 'push' })])).toBe(true);
  });
});
