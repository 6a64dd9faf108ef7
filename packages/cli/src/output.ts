import { AppError, ConfigError } from '@regulars/core';

/** Prints a failure as one readable sentence (no stack trace) and returns the exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (error instanceof AppError) {
    process.stderr.write(`Error (${error.code}): ${error.message}\n`);
    return 2;
  }
  if (error && typeof error === 'object' && 'code' in error && String(error.code).startsWith('commander.')) {
    return (error as { exitCode?: number }).exitCode ?? 2;
  }
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** Prints one line to standard output. */
export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}
