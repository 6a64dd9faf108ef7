const DEADLOCK = '40P01';

function isDeadlock(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === DEADLOCK) return true;
  }
  return false;
}

/**
 * Runs a transaction again (up to `attempts` times) when PostgreSQL aborted it to break a
 * deadlock; concurrent ingests touching the same guests can meet in opposite order.
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
}
