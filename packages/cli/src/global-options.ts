import type { Command } from 'commander';

/** The environment overrides given by global options (e.g. `--data-dir`). */
export function globalOverrides(command: Command): Record<string, string | undefined> {
  const opts = command.optsWithGlobals<{ dataDir?: string }>();
  return { REGULARS_DATA_DIR: opts.dataDir };
}
