import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, claimIdempotencyKey, completeIdempotencyKey, releaseIdempotencyKey } from '@regulars/core';

/** Request header naming a client-chosen key that makes a POST safe to retry. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Answer header set when the answer is a replay of the first one. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** What a handler answers: the HTTP status and the body. */
export type Answer = { status: number; body: unknown };

/**
 * Runs a POST handler under the caller's `Idempotency-Key`, when sent: same key and body replay the
 * first answer (status and body); another body is 422 `idempotency_key_reused`; a retry while the
 * first runs is 409 `request_in_progress`. A failed request releases its key.
 */
export async function withIdempotency(
  request: FastifyRequest,
  reply: FastifyReply,
  run: () => Promise<Answer>,
): Promise<FastifyReply> {
  const key = request.headers[IDEMPOTENCY_HEADER];
  const callerId = request.ctx.actor.id;
  if (key === undefined || callerId === null) return send(reply, await run());
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
    throw new AppError('validation_failed', 'The Idempotency-Key header must be 1 to 200 characters', [
      { path: `headers.${IDEMPOTENCY_HEADER}`, message: 'must be 1 to 200 characters, sent once' },
    ]);
  }
  const claim = { callerId, key, requestHash: requestHash(request.method, request.url, request.body) };
  const stored = await claimIdempotencyKey(request.ctx, claim);
  if (stored) return send(reply.header(REPLAYED_HEADER, 'true'), stored);
  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await releaseIdempotencyKey(request.ctx, claim);
    throw error;
  }
  await completeIdempotencyKey(request.ctx, claim, answer);
  return send(reply, answer);
}

function send(reply: FastifyReply, answer: Answer): FastifyReply {
  return reply.status(answer.status).send(answer.body);
}

/** SHA-256 of method, URL and body (object keys sorted), so that equal requests hash equal. */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${url}\n`).update(stableJson(body)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
