import cliProgress from 'cli-progress';

/**
 * A progress bar on standard error when it is a terminal; plain lines every 10 % elsewhere
 * (CI, pipes). Standard output stays clean for results such as `--json`.
 */
export function createProgressBar(): {
  update: (step: string, done: number, total: number) => void;
  stop: () => void;
} {
  const bar = new cliProgress.SingleBar(
    {
      format: ' {step} [{bar}] {value}/{total}',
      noTTYOutput: false,
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  let lastDecile = -1;
  const tty = Boolean(process.stderr.isTTY);
  return {
    update: (step, done, total) => {
      if (!tty) {
        const decile = Math.floor((done / total) * 10);
        if (step !== current || decile !== lastDecile) process.stderr.write(`  ${step}: ${done}/${total}\n`);
        current = step;
        lastDecile = decile;
        return;
      }
      if (step !== current) {
        if (current) bar.stop();
        bar.start(total, done, { step });
        current = step;
      } else {
        bar.update(done, { step });
      }
    },
    stop: () => {
      if (tty && current) bar.stop();
    },
  };
}
