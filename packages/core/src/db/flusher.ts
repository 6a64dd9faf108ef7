import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const INTERVAL_MS = 1000;

/**
 * PGlite writes every commit to the operating system before it returns, but never asks the OS
 * to put it on the disk (its fsync is a no-op on Node). This flusher closes most of that gap:
 * once a second, when the write-ahead log changed, it asks the OS to flush the data directory's
 * file system (`sync -f`). See docs/operations.md for what the embedded mode promises.
 * Returns a function that stops it after a last flush.
 */
export function startFlusher(dataDir: string): () => Promise<void> {
  const walDir = path.join(dataDir, 'pg_wal');
  let lastSeen = walStamp(walDir);
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    const stamp = walStamp(walDir);
    if (stamp === lastSeen || running) return;
    lastSeen = stamp;
    running = flush(dataDir).finally(() => {
      running = undefined;
    });
  }, INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await flush(dataDir);
  };
}

function walStamp(walDir: string): string {
  try {
    let newest = 0;
    let size = 0;
    for (const name of readdirSync(walDir)) {
      const s = statSync(path.join(walDir, name));
      if (s.mtimeMs > newest) newest = s.mtimeMs;
      size += s.size;
    }
    return `${newest}:${size}`;
  } catch {
    return '';
  }
}

function flush(dataDir: string): Promise<void> {
  const args = process.platform === 'linux' ? ['-f', dataDir] : [];
  return new Promise((resolve) => {
    execFile('sync', args, () => resolve());
  });
}
