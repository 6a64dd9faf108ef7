import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { brands } from '../org/org.tables';

/**
 * One CSV import (guests or orders): the file's SHA-256, the column mapping, progress counters
 * and the report (bad rows with line and reason, quirks such as cancellations). Running the
 * same file again resumes or repeats without duplicates.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: text().primaryKey(),
    brandId: text()
      .notNull()
      .references(() => brands.id),
    kind: text().notNull(),
    fileName: text().notNull(),
    fileHash: text().notNull(),
    mapping: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text().notNull(),
    totalRows: integer().notNull().default(0),
    processedRows: integer().notNull().default(0),
    goodRows: integer().notNull().default(0),
    badRows: integer().notNull().default(0),
    report: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdBy: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('import_jobs_file_idx').on(t.brandId, t.kind, t.fileHash)],
);
