import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePort } from '@regulars/core/testing/scratch';
import { isRunning, stopChild, trackChild, trackTempDir } from './children';
import { REPO_ROOT } from './paths';

/** A child process started by the bench, with what it printed so far. */
export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  url: string;
  output: () => string;
  stop: () => Promise<number>;
};

/** How a Regulars server is started: its data folder and, optionally, a PostgreSQL database. */
export type RegularsOptions = { dataDir: string; databaseUrl?: string; env?: Record<string, string> };

const READY_POLL_MS = 50;
const READY_TIMEOUT_MS = 120_000;

/** Creates an empty temporary folder that the bench removes at the end. */
export function makeTempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `regulars-bench-${label}-`));
  trackTempDir(dir);
  return dir;
}

/**
 * Spawns `node --import tsx <script>` directly (no npm wrapper, so the pid is the server itself)
 * and keeps its stdout and stderr. The child is tracked for clean-up.
 */
export function spawnNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-64_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return { child, pid: child.pid, url, output: () => printed, stop: () => stopChild(child) };
}

/** Spawns the real Regulars server (`regulars start`) on a free port of 127.0.0.1. */
export async function spawnRegulars(options: RegularsOptions): Promise<ServerProcess> {
  const port = await findFreePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    PORT: String(port),
    HOST: '127.0.0.1',
    REGULARS_DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    REGULARS_DEMO: 'true',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  };
  return spawnNode('packages/cli/src/bin.ts', ['start'], env, `http://127.0.0.1:${port}`);
}

/**
 * Polls `GET <url><path>` every 50 ms until it answers 200; fails when the child exits first
 * or after two minutes. Returns the moment (performance.now()) of the first 200.
 */
export async function waitUntilReady(server: ServerProcess, path = '/ready'): Promise<number> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (!isRunning(server.child)) {
      throw new Error(`the server exited before it was ready:\n${server.output().slice(-4_000)}`);
    }
    try {
      const response = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now();
    } catch {
      // Not listening yet: keep polling.
    }
    if (performance.now() > deadline) {
      throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000} s:\n${server.output().slice(-4_000)}`);
    }
    await sleep(READY_POLL_MS);
  }
}

/** Waits (up to `timeoutMs`) until the child has printed text matching `pattern`; returns the match. */
export async function waitForOutput(
  server: ServerProcess,
  pattern: RegExp,
  timeoutMs = 10_000,
): Promise<RegExpExecArray> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(server.output());
    if (match) return match;
    if (performance.now() > deadline || !isRunning(server.child)) {
      throw new Error(`the server never printed ${String(pattern)}:\n${server.output().slice(-4_000)}`);
    }
    await sleep(READY_POLL_MS);
  }
}
