import {
  spawnRegulars,
  waitForOutput,
  waitUntilReady,
  type RegularsOptions,
  type ServerProcess,
} from './server-process';

/**
 * One timed start: the running server, the milliseconds from spawn to the first `/ready` 200, and
 * the seconds the server itself reports for `startServer` (database, migrations, demo, routes).
 */
export type TimedStart = { server: ServerProcess; ms: number; serverSeconds: number | undefined };

/** Spawns Regulars and times spawn → `/ready` 200 (polled every 50 ms). Leaves the server running. */
export async function timeStart(options: RegularsOptions): Promise<TimedStart> {
  const began = performance.now();
  const server = await spawnRegulars(options);
  const readyAt = await waitUntilReady(server);
  return { server, ms: readyAt - began, serverSeconds: await readReportedSeconds(server) };
}

// The start banner ends with "(<database>, <seconds> s)"; a missing banner only loses the detail.
async function readReportedSeconds(server: ServerProcess): Promise<number | undefined> {
  try {
    const match = await waitForOutput(server, /Regulars is ready at \S+\s+\(.*, ([\d.]+) s\)/, 3_000);
    return Number(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * Times `runs` warm starts on an existing data folder: each start is stopped with SIGTERM before
 * the next one, except the last, which is returned still running.
 */
export async function timeWarmStarts(
  options: RegularsOptions,
  runs: number,
): Promise<{ starts: TimedStart[]; running: ServerProcess }> {
  const starts: TimedStart[] = [];
  for (let run = 1; ; run++) {
    const start = await timeStart(options);
    starts.push(start);
    if (run >= runs) return { starts, running: start.server };
    await start.server.stop();
  }
}

/** The runs in one line for the table: `4.48 s (startServer 2.1 s), …`. */
export function describeStarts(starts: readonly TimedStart[]): string {
  return starts
    .map((start) => {
      const inside = start.serverSeconds === undefined ? '' : ` (startServer ${start.serverSeconds} s)`;
      return `${(start.ms / 1000).toFixed(2)} s${inside}`;
    })
    .join(', ');
}

/** The median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  const lower = sorted[sorted.length % 2 === 0 ? middle - 1 : middle];
  if (upper === undefined || lower === undefined) throw new Error('median of an empty list');
  return (lower + upper) / 2;
}
