import { readFile } from 'node:fs/promises';

/** Resident memory of a process in MiB, read from `VmRSS` in `/proc/<pid>/status` (Linux only). */
export async function readRssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}
