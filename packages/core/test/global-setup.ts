import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { adminQuery, withDatabase } from './scratch';

/**
 * Migrates one template database per run: a PGlite data-dir dump (each test file loads a copy)
 * and, when DATABASE_URL is set, a PostgreSQL template database (each test file clones it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'regulars-test-'));
  const handle = await openDatabase({ kind: 'pglite-memory' });
  await migrateDatabase(handle);
  const dump = await (handle.raw as import('@electric-sql/pglite').PGlite).dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `regulars_tpl_${randomBytes(4).toString('hex')}`;
    await adminQuery(url, `CREATE DATABASE ${template}`);
    const pgHandle = await openDatabase({ kind: 'postgres', url: withDatabase(url, template) });
    await migrateDatabase(pgHandle);
    await pgHandle.close();
    console.info(`[regulars] integration tests run on PGlite and on PostgreSQL (${template})`);
  } else {
    console.info('[regulars] DATABASE_URL not set: integration tests run on embedded PGlite only');
  }
  project.provide('postgresTemplate', template);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
