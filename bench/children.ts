import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();

/** Remembers a child process so that `cleanUpEverything` ends it even when the bench fails. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** Remembers a temporary folder so that `cleanUpEverything` removes it at the end. */
export function trackTempDir(dir: string): void {
  tempDirs.add(dir);
}

/** True while the child has neither exited nor been killed by a signal. */
export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Sends SIGTERM, waits up to `graceMs` for the exit, then SIGKILL. Resolves once the child is gone.
 * Returns the milliseconds the child took to exit. Idempotent.
 */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<number> {
  const began = performance.now();
  if (!isRunning(child)) return 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  return performance.now() - began;
}

/** Ends every tracked child (SIGTERM, then SIGKILL) and removes every tracked temporary folder. */
export async function cleanUpEverything(): Promise<void> {
  await Promise.all([...children].map((child) => stopChild(child, 5_000)));
  removeTempDirs();
}

/** Last-resort clean-up for `process.on('exit')`: synchronous, SIGKILL only. */
export function killEverythingNow(): void {
  for (const child of children) if (isRunning(child)) child.kill('SIGKILL');
  removeTempDirs();
}

function removeTempDirs(): void {
  for (const dir of tempDirs) {
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
}
