import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature';

const now = new Date('2026-03-02T01:00:00Z');
const ts = String(now.getTime() / 1000);
const body = Buffer.from('{"externalId":"E-1","note":"热狗"}');

describe('webhook signatures', () => {
  it('signs hex HMAC-SHA256 of timestamp, dot and the raw body', () => {
    const expected = createHmac('sha256', 'rws_secret').update(`${ts}.${body.toString()}`).digest('hex');
    expect(signWebhook('rws_secret', ts, body)).toBe(expected);
  });

  it('accepts a fresh signature by any of the secrets and says which one', () => {
    const signature = signWebhook('second', ts, body);
    expect(
      verifyWebhookSignature({ secrets: ['first', 'second'], timestamp: ts, signature, rawBody: body, now }),
    ).toEqual({
      ok: true,
      index: 1,
    });
  });

  it.each([
    ['a missing signature', { signature: undefined }, 'missing'],
    ['a malformed timestamp', { timestamp: '2026-03-02' }, 'missing'],
    ['a signature older than five minutes', { timestamp: String(Number(ts) - 301) }, 'expired'],
    ['a timestamp too far ahead', { timestamp: String(Number(ts) + 301) }, 'expired'],
    ['another secret', { signature: signWebhook('other', ts, body) }, 'mismatch'],
    ['a changed body', { rawBody: Buffer.from('{"externalId":"E-2"}') }, 'mismatch'],
  ])('refuses %s', (_name, change, problem) => {
    const input = {
      secrets: ['s'],
      timestamp: ts,
      signature: signWebhook('s', ts, body),
      rawBody: body,
      now,
      ...change,
    };
    expect(verifyWebhookSignature(input)).toEqual({ ok: false, problem });
  });

  it('accepts a signature at the edge of the tolerance', () => {
    const old = String(Number(ts) - 300);
    const signature = signWebhook('s', old, body);
    expect(verifyWebhookSignature({ secrets: ['s'], timestamp: old, signature, rawBody: body, now }).ok).toBe(
      true,
    );
  });
});
