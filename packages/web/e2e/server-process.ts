import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createScratchDatabase, findFreePort } from '@regulars/core/testing/scratch';

/** The real Regulars server started for a browser test, with the owner credentials it printed. */
export type RunningServer = {
  baseUrl: string;
  ownerEmail: string;
  ownerPassword: string;
  output: () => string;
  stop: () => Promise<void>;
};

// Loading the demo brand (thousands of guests and orders) takes a while on a busy two-core machine.
const READY_TIMEOUT_MS = 170_000;

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/ready`)).status === 200;
  } catch {
    return false;
  }
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  return Promise.race([exited, sleep(ms).then(() => false)]);
}

/** How to start the server: `demo: false` skips loading the demo brand (faster; the test creates its data). */
export type StartOptions = { demo?: boolean };

/**
 * Starts `regulars start` from `repoRoot` on a free port with an empty data dir (and, when
 * `DATABASE_URL` is set, a fresh PostgreSQL database); resolves once `/ready` answers 200
 * and the first-start owner credentials have been printed.
 */
export async function startRegulars(repoRoot: string, options: StartOptions = {}): Promise<RunningServer> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'regulars-e2e-'));
  const database = process.env.DATABASE_URL
    ? await createScratchDatabase(process.env.DATABASE_URL, 'regulars_e2e')
    : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    REGULARS_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  if (database) env.DATABASE_URL = database.url;

  const args = [
    '--import',
    'tsx',
    'packages/cli/src/bin.ts',
    'start',
    ...(options.demo === false ? ['--no-demo'] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
  };

  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
      const ownerEmail = /e-mail:\s+(\S+)/.exec(output)?.[1];
      const ownerPassword = /one-time password:\s+(\S+)/.exec(output)?.[1];
      if (ownerEmail && ownerPassword && (await isReady(baseUrl))) {
        return { baseUrl, ownerEmail, ownerPassword, output: () => output, stop };
      }
      if (Date.now() > deadline) throw new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s`);
      await sleep(500);
    }
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; server output:\n${output}`, { cause: error });
  }
}
