import { randomBytes } from 'node:crypto';
import { createBenchApiKey } from './api-key';
import { againstBaseline, againstTarget, atLeastTarget, type Figure } from './figures';
import { populateGuests, type Population } from './guest-population';
import type { LoadFigures } from './load';
import { loadPosts, timeSequentialGets } from './order-load';
import { readOwnerCredentials } from './owner';
import type { PgbenchFigures } from './pgbench';
import { spawnRegulars, waitUntilReady } from './server-process';
import { signInAsOwner } from './sign-in';
import type { SuiteResult } from './embedded-suite';
import { describeLoad, TARGETS } from './targets';

/** Where the guests-and-orders suite runs: a PGlite folder, or a PostgreSQL database. */
export type OrdersTarget = { label: 'embedded' | 'PostgreSQL'; dataDir: string; databaseUrl?: string };

const CLIENTS = 16;
const LOAD_SECONDS = 10;
const BATCH_SIZE = 1_000;
const BATCHES = 30;

/**
 * Fills the database with `TARGETS.benchGuests` guests, starts the server on it, then measures:
 * guest lookup by phone (sequential, p99), order ingest over HTTP (one order of 3 lines for a
 * known guest per request, 16 clients) against pgbench TPC-B TPS when given, its p99 at half that
 * rate, and batch ingest in orders per second.
 */
export async function runOrdersSuite(
  target: OrdersTarget,
  pgbench: PgbenchFigures | undefined,
  log: (line: string) => void,
): Promise<SuiteResult> {
  const secret = randomBytes(32).toString('hex');
  // BENCH_GUESTS shrinks the population for a quick trial run; the recorded figures use 1M.
  const count = Number(process.env.BENCH_GUESTS ?? TARGETS.benchGuests);
  const tag = target.label === 'embedded' ? 'Embedded' : 'Postgres';
  log(`${target.label}: loading ${count.toLocaleString('en')} guests with COPY…`);
  const started = performance.now();
  const population = await populateGuests({ ...target, secret }, count, log);
  const populateSeconds = (performance.now() - started) / 1000;
  const server = await spawnRegulars({ ...target, env: { REGULARS_SECRET: secret, REGULARS_DEMO: 'false' } });
  try {
    await waitUntilReady(server);
    const owner = await readOwnerCredentials(server);
    const session = await signInAsOwner(server.url, owner.email, owner.oneTimePassword);
    const auth = {
      authorization: await createBenchApiKey(server.url, session, ['orders.write', 'guests.read']),
    };
    const pick = () => Math.floor(Math.random() * population.guests);

    log(`${target.label}: guest lookup by phone…`);
    const lookup = await timeSequentialGets(
      server.url,
      auth,
      () => `/api/guests?q=${encodeURIComponent(population.phoneOf(pick()))}&limit=5`,
      2_000,
    );

    log(`${target.label}: order ingest, ${CLIENTS} clients…`);
    const run = randomBytes(3).toString('hex');
    let counter = 0;
    const order = () => benchOrder(population, `${run}-${counter++}`, pick());
    const full = checked(
      await loadPosts(server.url, '/api/orders', auth, order, {
        connections: CLIENTS,
        seconds: LOAD_SECONDS,
      }),
    );
    const halfRate = Math.max(1, Math.round((pgbench?.tps ?? full.requestsPerSecond) / 2));
    log(`${target.label}: order ingest at ${halfRate} orders/s for latency…`);
    const half = checked(
      await loadPosts(server.url, '/api/orders', auth, order, {
        connections: CLIENTS,
        seconds: LOAD_SECONDS,
        overallRate: halfRate,
      }),
    );

    log(`${target.label}: batch ingest, ${BATCHES} × ${BATCH_SIZE} orders…`);
    const batchStarted = performance.now();
    let created = 0;
    for (let b = 0; b < BATCHES; b++) {
      const orders = Array.from({ length: BATCH_SIZE }, () => order());
      const response = await fetch(`${server.url}/api/orders/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ orders }),
      });
      const body = (await response.json()) as { created?: number };
      if (response.status !== 200)
        throw new Error(`POST /api/orders/batch: ${response.status} ${JSON.stringify(body)}`);
      created += body.created ?? 0;
    }
    const batchPerSecond = created / ((performance.now() - batchStarted) / 1000);

    const figures: Figure[] = [
      againstTarget(
        `lookup${tag}`,
        `guest lookup by phone, p99 (${target.label}, ${count.toLocaleString('en')} guests)`,
        lookup.p99Ms,
        'ms',
        TARGETS.lookupP99Ms,
        `p50 ${lookup.p50Ms.toFixed(1)} ms, p95 ${lookup.p95Ms.toFixed(1)} ms over ${lookup.count} sequential HTTP calls`,
      ),
      pgbench
        ? againstBaseline(
            `ingest${tag}`,
            `order ingest over HTTP (${target.label})`,
            full.requestsPerSecond,
            {
              label: `pgbench TPC-B ${Math.round(pgbench.tps)} tps (${pgbench.clients} clients)`,
              value: pgbench.tps,
            },
            TARGETS.minIngestRatio,
            describeLoad(full),
          )
        : againstBaseline(
            `ingest${tag}`,
            `order ingest over HTTP (${target.label})`,
            full.requestsPerSecond,
            { label: 'no pgbench (DATABASE_URL not set)', value: full.requestsPerSecond },
            undefined,
            describeLoad(full),
          ),
      againstTarget(
        `ingestP99${tag}`,
        `order ingest p99 at ${halfRate} orders/s (${target.label})`,
        half.p99Ms,
        'ms',
        TARGETS.ingestP99Ms,
        describeLoad(half),
      ),
      atLeastTarget(
        `batch${tag}`,
        `batch ingest (${target.label})`,
        batchPerSecond,
        'rows/s',
        TARGETS.minBatchOrdersPerSecond,
        `${created.toLocaleString('en-US')} orders in ${BATCHES} batches of ${BATCH_SIZE}, one client`,
      ),
    ];
    return {
      figures,
      raw: { [`orders${tag}`]: { populateSeconds, lookup, full, half, halfRate, batchPerSecond } },
    };
  } finally {
    await server.stop();
  }
}

function checked(load: LoadFigures): LoadFigures {
  if (load.non2xx > 0 || load.errors > 0) {
    throw new Error(`order ingest under load: ${load.non2xx} non-2xx answers, ${load.errors} errors`);
  }
  return load;
}

function benchOrder(population: Population, externalId: string, guest: number): unknown {
  return {
    storeId: population.storeIds[guest % population.storeIds.length],
    channel: 'pos',
    source: 'bench',
    externalId,
    placedAt: new Date().toISOString(),
    guest: { identities: [{ kind: 'phone', value: population.phoneOf(guest) }] },
    lines: [
      { sku: 'PZ-MARG-12', name: 'Margherita 12"', quantity: 1, unitPriceFen: 8800 },
      { sku: 'SD-WING', name: 'Wings', quantity: 1, unitPriceFen: 3200 },
      { sku: 'DR-COLA', name: 'Cola', quantity: 2, unitPriceFen: 1200 },
    ],
    paymentMethod: 'wechat',
  };
}
