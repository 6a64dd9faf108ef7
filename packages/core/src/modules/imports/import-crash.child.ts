// Child process for the crash test of imports: imports a file in small chunks on an embedded
// data folder or a PostgreSQL database, printing `progress <rows>` after each chunk, until it
// finishes (`done <job json>`) or is killed with SIGKILL. Every row goes to store S1.
// Usage: tsx import-crash.child.ts <pglite data dir | postgres url> <csv file> <mapping json> <secret hex>
import { readFileSync } from 'node:fs';
import { systemClock } from '../../clock';
import { loadConfig } from '../../config';
import { systemActor, type Ctx } from '../../context';
import { deriveKeyring } from '../../crypto/field-crypto';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { createLogger } from '../../log';
import { listBrands } from '../org/org.service';
import { seedOrg } from '../../../test/factories';
import { runImport } from './run-import';

const [where, file, mappingFile, secretHex] = process.argv.slice(2) as [string, string, string, string];
const handle = where.startsWith('postgres')
  ? await openDatabase({ kind: 'postgres', url: where })
  : await openDatabase({ kind: 'pglite', dataDir: where });
await migrateDatabase(handle);
const config = loadConfig({ LOG_LEVEL: 'silent' });
const secret = Buffer.from(secretHex, 'hex');
const ctx: Ctx = {
  db: handle.db,
  config,
  clock: systemClock,
  log: createLogger('silent'),
  secret,
  keyring: deriveKeyring(secret, config.fieldKeyIds),
  copyRows: handle.copyRows,
  actor: systemActor('crash test'),
};
if ((await listBrands(ctx)).length === 0) await seedOrg(ctx, 2);
const job = await runImport(ctx, {
  kind: 'orders',
  fileName: 'crash.csv',
  bytes: readFileSync(file),
  mapping: JSON.parse(readFileSync(mappingFile, 'utf8')),
  store: 'S1',
  chunkRows: 40,
  onProgress: (p) => process.stdout.write(`progress ${p.processedRows}\n`),
});
process.stdout.write(`done ${JSON.stringify(job)}\n`);
await handle.close();
