import { setTimeout as sleep } from 'node:timers/promises';
import { measureBaseline, measureRoute } from './api-throughput';
import { againstBaseline, againstTarget, type Figure } from './figures';
import { readRssMiB } from './memory';
import { readOwnerCredentials } from './owner';
import { makeTempDir } from './server-process';
import { signInAsOwner } from './sign-in';
import { describeStarts, median, timeStart, timeWarmStarts, type TimedStart } from './start-time';
import { describeBaseline, describeLoad, TARGETS } from './targets';

/** Figures and raw measurements of one suite. */
export type SuiteResult = { figures: Figure[]; raw: Record<string, unknown> };

/**
 * The embedded-database (PGlite) suite: cold starts on fresh data folders, warm starts on the
 * first one, idle RSS after the last warm start, then `GET /api/me` (and, to tell the HTTP stack
 * from the database, `GET /health`) throughput against a baseline measured just before.
 */
export async function runEmbeddedSuite(log: (line: string) => void): Promise<SuiteResult> {
  const dataDir = makeTempDir('embedded');
  const cold: TimedStart[] = [];
  log('cold start 1 (fresh data folder, demo brand)…');
  const first = await timeStart({ dataDir });
  cold.push(first);
  const owner = await readOwnerCredentials(first.server);
  await first.server.stop();
  for (let run = 2; run <= TARGETS.coldRuns; run++) {
    log(`cold start ${run} (fresh data folder, demo brand)…`);
    const again = await timeStart({ dataDir: makeTempDir('cold') });
    cold.push(again);
    await again.server.stop();
  }

  log(`warm starts ×${TARGETS.warmRuns} on the first data folder…`);
  const warm = await timeWarmStarts({ dataDir }, TARGETS.warmRuns);
  const server = warm.running;
  await sleep(TARGETS.idleSeconds * 1000);
  const idleRssMiB = await readRssMiB(server.pid);

  log('baseline: plain Fastify GET /constant…');
  const baseline = await measureBaseline();
  log('signing in as the owner and loading GET /api/me, then GET /health…');
  const session = await signInAsOwner(server.url, owner.email, owner.oneTimePassword);
  const api = await measureRoute(server, '/api/me', session);
  const health = await measureRoute(server, '/health');
  const loadedRssMiB = await readRssMiB(server.pid);
  await server.stop();

  const coldMs = cold.map((start) => start.ms);
  const warmMs = warm.starts.map((start) => start.ms);
  const reference = describeBaseline(baseline);
  return {
    figures: [
      againstTarget(
        'coldStartEmbedded',
        'cold start to ready (embedded, demo)',
        Math.max(...coldMs) / 1000,
        's',
        TARGETS.coldStartSeconds,
        `slowest of ${cold.length}: ${describeStarts(cold)}`,
      ),
      againstTarget(
        'warmStartEmbedded',
        'warm start to ready (embedded)',
        median(warmMs) / 1000,
        's',
        TARGETS.warmStartSeconds,
        `median of ${warmMs.length}: ${describeStarts(warm.starts)}`,
      ),
      againstTarget(
        'idleRssEmbedded',
        `idle RSS after warm start + ${TARGETS.idleSeconds} s`,
        idleRssMiB,
        'MiB',
        TARGETS.idleRssMiB,
        `pid ${server.pid} (node itself); ${loadedRssMiB.toFixed(0)} MiB after the load runs`,
      ),
      againstBaseline(
        'apiMeEmbedded',
        'GET /api/me (embedded)',
        api.requestsPerSecond,
        reference,
        TARGETS.minApiRatio,
        describeLoad(api),
      ),
      againstBaseline(
        'healthEmbedded',
        'GET /health (diagnostic: no database)',
        health.requestsPerSecond,
        reference,
        undefined,
        describeLoad(health),
      ),
    ],
    raw: {
      coldStartMs: coldMs,
      coldStartServerSeconds: cold.map((start) => start.serverSeconds),
      warmStartMs: warmMs,
      warmStartServerSeconds: warm.starts.map((start) => start.serverSeconds),
      idleRssMiB,
      loadedRssMiB,
      baselineEmbedded: baseline,
      apiMeEmbedded: api,
      healthEmbedded: health,
    },
  };
}
