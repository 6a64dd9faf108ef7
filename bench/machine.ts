import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

/** The machine a bench ran on, printed with the figures so that they can be compared. */
export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; kernel: string };

/** Describes this machine: CPU model (from /proc/cpuinfo), logical cores, memory, Node and kernel. */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: keep what os.cpus() says.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    kernel: release(),
  };
}

/** The 1-minute load average, rounded to 0.1: above the core count, other work competed with the bench. */
export function readLoadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 10) / 10;
}
