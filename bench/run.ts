import { cleanUpEverything, killEverythingNow } from './children';
import { runBtydSuite } from './btyd-suite';
import { runEmbeddedSuite, type SuiteResult } from './embedded-suite';
import { runOrdersSuites } from './orders-suites';
import type { Figure } from './figures';
import { LOAD_SETTINGS } from './load';
import { describeMachine, readLoadAverage } from './machine';
import { runPostgresSuite } from './postgres-suite';
import { formatJsonLine, formatMachine, formatTable } from './report';
import { TARGETS } from './targets';

// `npm run bench`: start-up, memory and API throughput of the real server, and the customer-value
// models on 1M synthetic customers; each figure with its ratio to a stated target or to a
// plain-Fastify baseline measured in the same run.
const WATCHDOG_MS = 40 * 60_000;
// `npm run bench -- orders btyd` runs only the named suites (start, btyd, orders); default: all.
const SUITES = ['start', 'btyd', 'orders'] as const;
const asked = process.argv
  .slice(2)
  .filter((arg): arg is (typeof SUITES)[number] => (SUITES as readonly string[]).includes(arg));
const runs = (suite: (typeof SUITES)[number]) => asked.length === 0 || asked.includes(suite);
const began = performance.now();
const log = (line: string) =>
  process.stdout.write(`[${((performance.now() - began) / 1000).toFixed(0)} s] ${line}\n`);

process.on('exit', killEverythingNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void cleanUpEverything().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  process.stderr.write(`bench: gave up after ${WATCHDOG_MS / 60_000} minutes\n`);
  void cleanUpEverything().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();

try {
  const machine = describeMachine();
  const date = new Date().toISOString();
  const loadAtStart = readLoadAverage();
  process.stdout.write(
    `Regulars bench, ${date}\nMachine: ${formatMachine(machine)}\nLoad average (1 min) at start: ${loadAtStart}\n\n`,
  );

  const none: SuiteResult = { figures: [], raw: {} };
  const postgresUrl = process.env.DATABASE_URL;
  if (!postgresUrl) log('PostgreSQL: skipped (set DATABASE_URL to include it)');
  const embedded = runs('start') ? await runEmbeddedSuite(log) : none;
  const postgres = runs('start') && postgresUrl ? await runPostgresSuite(postgresUrl, log) : none;
  const btyd = runs('btyd') ? runBtydSuite(log) : none;
  const orders = runs('orders') ? await runOrdersSuites(postgresUrl, log) : none;

  const figures: Figure[] = [...embedded.figures, ...postgres.figures, ...btyd.figures, ...orders.figures];
  const totalSeconds = Math.round((performance.now() - began) / 1000);
  process.stdout.write(
    `\nBaseline: plain Fastify GET /constant (constant JSON), loaded just before each API figure\n` +
      `Load: autocannon, ${LOAD_SETTINGS.connections} connections, ${LOAD_SETTINGS.warmupSeconds} s warm-up, ${LOAD_SETTINGS.durationSeconds} s measured\n\n` +
      `${formatTable(figures)}\n\n`,
  );
  const loadAverage = { atStart: loadAtStart, atEnd: readLoadAverage() };
  if (Math.max(loadAverage.atStart, loadAverage.atEnd) > machine.cores) {
    process.stdout.write(
      `Note: load average ${loadAverage.atStart} → ${loadAverage.atEnd} on ${machine.cores} cores: other work competed with the bench; times are pessimistic.\n`,
    );
  }
  const missed = figures.filter((figure) => !figure.pass);
  const judged = figures.filter((figure) => figure.goal.kind !== 'info');
  process.stdout.write(
    missed.length === 0
      ? `All ${judged.length} judged figures met their targets (${totalSeconds} s).\n`
      : `${missed.length} of ${judged.length} judged figures missed: ${missed.map((figure) => figure.label).join('; ')}\n`,
  );
  const settings = { ...LOAD_SETTINGS, ...TARGETS, postgres: Boolean(postgresUrl), suites: asked };
  const raw = { loadAverage, ...embedded.raw, ...postgres.raw, ...btyd.raw, ...orders.raw };
  process.stdout.write(`${formatJsonLine({ date, machine, settings, figures, raw, totalSeconds })}\n`);
} catch (error) {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await cleanUpEverything();
}
