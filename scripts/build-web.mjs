#!/usr/bin/env node
// Builds the staff console (packages/web → packages/web/dist) unless dist is newer than every source.
// Run by `npm run build` and `npm start`; prints one short line either way.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'packages/web');
const builtIndex = join(webDir, 'dist/index.html');
const sources = [
  join(webDir, 'src'),
  join(webDir, 'index.html'),
  join(webDir, 'vite.config.ts'),
  join(webDir, 'package.json'),
  join(root, 'packages/contracts/src'),
];

/** The newest modification time (ms) of a file, or of any file below a folder; 0 when missing. */
function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const builtAt = newestMtime(builtIndex);
const changedAt = Math.max(...sources.map(newestMtime));
const force = process.argv.includes('--force');

if (!force && builtAt > changedAt) {
  console.log(`web: ${relative(root, builtIndex)} is up to date, skipping the build`);
  process.exit(0);
}

const started = Date.now();
const vitePackage = createRequire(join(webDir, 'package.json')).resolve('vite/package.json');
const viteBin = join(dirname(vitePackage), 'bin/vite.js');
const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
  cwd: webDir,
  stdio: 'inherit',
});
if (result.status !== 0) {
  console.error(`web: vite build failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status ?? 1);
}
console.log(
  `web: built ${relative(root, join(webDir, 'dist'))} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
