import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder above `bench/`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
