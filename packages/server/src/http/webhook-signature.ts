import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the signing time, in unix seconds. */
export const TIMESTAMP_HEADER = 'x-regulars-timestamp';
/** Header carrying the hex HMAC-SHA256 of `${timestamp}.${rawBody}`. */
export const SIGNATURE_HEADER = 'x-regulars-signature';
/** How far the signing time may be from ours, either way, in seconds (replay window). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The signature a sender computes: hex HMAC-SHA256 of `${timestamp}.${rawBody}` with the secret. */
export function signWebhook(secret: string, timestamp: string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** Why a signature was not accepted. */
export type SignatureProblem = 'missing' | 'expired' | 'mismatch';

/**
 * Checks a webhook's timestamp (within the tolerance of `now`) and signature against any of the
 * secrets (constant-time). Returns the index of the secret that signed it, or the problem.
 */
export function verifyWebhookSignature(input: {
  secrets: readonly string[];
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer | string;
  now: Date;
}): { ok: true; index: number } | { ok: false; problem: SignatureProblem } {
  const { timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/i.test(signature)) {
    return { ok: false, problem: 'missing' };
  }
  if (Math.abs(input.now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, problem: 'expired' };
  }
  const presented = Buffer.from(signature.toLowerCase(), 'hex');
  const index = input.secrets.findIndex((secret) =>
    timingSafeEqual(Buffer.from(signWebhook(secret, timestamp, input.rawBody), 'hex'), presented),
  );
  return index >= 0 ? { ok: true, index } : { ok: false, problem: 'mismatch' };
}
