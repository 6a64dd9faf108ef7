import { createRequire } from 'node:module';
import type { AutocannonResult, LoadFigures } from './load';

type Request = { method: string; path: string; headers: Record<string, string>; body?: string };
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  overallRate?: number;
  requests: Array<Request & { setupRequest: (request: Request) => Request }>;
}) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * Loads `POST <path>` with a fresh JSON body per request (`makeBody`), `connections` clients,
 * optionally capped at `overallRate` requests per second (to read latency below saturation).
 */
export async function loadPosts(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  makeBody: () => unknown,
  options: { connections: number; seconds: number; overallRate?: number },
): Promise<LoadFigures> {
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(makeBody()) }),
      },
    ],
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

/** Latency percentiles (ms) of `count` sequential GETs, each URL from `makePath`. */
export async function timeSequentialGets(
  baseUrl: string,
  headers: Record<string, string>,
  makePath: () => string,
  count: number,
): Promise<{ p50Ms: number; p95Ms: number; p99Ms: number; count: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${makePath()}`, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), count };
}
