import 'vitest';

/** What the global set-up hands every test file (see global-setup.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the migrated PGlite data-dir dump each test file loads a copy of. */
    pgliteTemplate: string;
    /** The migrated PostgreSQL template database, or null without DATABASE_URL. */
    postgresTemplate: string | null;
  }
}
