import { measureBaseline, measureRoute } from './api-throughput';
import type { SuiteResult } from './embedded-suite';
import { againstBaseline, againstTarget } from './figures';
import { readOwnerCredentials } from './owner';
import { createBenchDatabase } from './postgres';
import { makeTempDir } from './server-process';
import { signInAsOwner } from './sign-in';
import { describeStarts, timeStart } from './start-time';
import { describeBaseline, describeLoad, TARGETS } from './targets';

/**
 * The PostgreSQL suite: a first start on a fresh `regulars_bench_<random>` database (demo brand
 * included), then `GET /api/me` throughput against a baseline measured just before. Drops the
 * database afterwards.
 */
export async function runPostgresSuite(adminUrl: string, log: (line: string) => void): Promise<SuiteResult> {
  const database = await createBenchDatabase(adminUrl);
  log(`PostgreSQL: first start on database ${database.name} (demo brand)…`);
  try {
    const start = await timeStart({ dataDir: makeTempDir('postgres'), databaseUrl: database.url });
    try {
      const owner = await readOwnerCredentials(start.server);
      log('PostgreSQL: baseline, plain Fastify GET /constant…');
      const baseline = await measureBaseline();
      log('PostgreSQL: signing in as the owner and loading GET /api/me…');
      const session = await signInAsOwner(start.server.url, owner.email, owner.oneTimePassword);
      const api = await measureRoute(start.server, '/api/me', session);
      return {
        figures: [
          againstTarget(
            'coldStartPostgres',
            'first start to ready (PostgreSQL, demo)',
            start.ms / 1000,
            's',
            TARGETS.coldStartSeconds,
            `fresh database, one run: ${describeStarts([start])}`,
          ),
          againstBaseline(
            'apiMePostgres',
            'GET /api/me (PostgreSQL)',
            api.requestsPerSecond,
            describeBaseline(baseline),
            TARGETS.minApiRatio,
            describeLoad(api),
          ),
        ],
        raw: {
          coldStartPostgresMs: start.ms,
          coldStartPostgresServerSeconds: start.serverSeconds,
          baselinePostgres: baseline,
          apiMePostgres: api,
        },
      };
    } finally {
      await start.server.stop();
    }
  } finally {
    await database.drop();
  }
}
