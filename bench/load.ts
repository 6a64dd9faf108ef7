import { createRequire } from 'node:module';

/** Autocannon settings shared by the API and the baseline: 16 connections, 2 s warm-up, 10 s measured. */
export const LOAD_SETTINGS = { connections: 16, warmupSeconds: 2, durationSeconds: 10 } as const;

/** What one load run measured: mean requests per second and latency percentiles in milliseconds. */
export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
};

/** What autocannon reports (the parts the bench reads). */
export type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  warmup?: { connections: number; duration: number };
}) => Promise<AutocannonResult>;

// autocannon is CommonJS without bundled types; load it with require and type what we read.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Runs autocannon against `url` with LOAD_SETTINGS (warm-up discarded) and returns the figures. */
export async function runLoad(url: string, headers: Record<string, string> = {}): Promise<LoadFigures> {
  const { connections, warmupSeconds, durationSeconds } = LOAD_SETTINGS;
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    headers,
    warmup: { connections, duration: warmupSeconds },
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
