import type { LoadFigures } from './load';

/** The targets of docs/benchmarks.md and how many times each start is repeated. */
export const TARGETS = {
  coldStartSeconds: 60,
  warmStartSeconds: 5,
  idleRssMiB: 500,
  /** `GET /api/me` must reach at least this share of the plain-Fastify baseline's req/s. */
  minApiRatio: 0.5,
  coldRuns: 2,
  warmRuns: 3,
  idleSeconds: 3,
  /** Guests and orders bench: population, and the targets of docs/benchmarks.md. */
  benchGuests: 1_000_000,
  minIngestRatio: 0.5,
  ingestP99Ms: 50,
  minBatchOrdersPerSecond: 10_000,
  lookupP99Ms: 10,
  minImportRatio: 0.25,
} as const;

/** Latency and volume of a load run in one line, for the table's detail lines. */
export function describeLoad(load: LoadFigures): string {
  return `p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.requests.toLocaleString('en-US')} requests, ${load.non2xx} non-2xx`;
}

/** The reference of an API figure: the baseline's req/s, named with its value for the table. */
export function describeBaseline(baseline: LoadFigures): { label: string; value: number } {
  const perSecond = Math.round(baseline.requestsPerSecond).toLocaleString('en-US');
  return { label: `baseline ${perSecond} req/s`, value: baseline.requestsPerSecond };
}
