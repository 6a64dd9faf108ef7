import { defineConfig } from 'drizzle-kit';

/** drizzle-kit generates forward-only SQL migrations from the module tables. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/core/src/db/schema.ts',
  out: './packages/core/migrations',
  casing: 'snake_case',
});
