// Child process for the durability test: commits numbered rows one by one on an embedded
// database and prints each number after its commit returns, until it is killed.
import { openDatabase } from '../src/db/client';

const dir = process.argv[2]!;
const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
const raw = handle.raw as import('@electric-sql/pglite').PGlite;
await raw.exec('CREATE TABLE IF NOT EXISTS acknowledged (n int PRIMARY KEY, payload text NOT NULL)');
for (let n = 1; ; n++) {
  await raw.query('INSERT INTO acknowledged (n, payload) VALUES ($1, $2)', [n, 'x'.repeat(200)]);
  process.stdout.write(`${n}\n`);
}
