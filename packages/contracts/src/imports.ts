import { z } from 'zod';
import { CHANNELS, CONSENT_CHANNELS, IDENTITY_KINDS, PURPOSES } from './guests';

/** What a CSV import brings in: guests (profiles and identities) or orders with their lines. */
export const IMPORT_KINDS = ['guests', 'orders'] as const;
/** One import kind. */
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * A column of the file by its header name, or several columns joined (a date and a time by a
 * space, the parts of an order id by `-`). `lookup.column` reads a column of a lookup file.
 */
export const columnRefSchema = z.union([
  z.string().trim().min(1).max(120),
  z.array(z.string().trim().min(1).max(120)).min(1).max(6),
]);
/** Parsed form of `columnRefSchema`. */
export type ColumnRef = z.infer<typeof columnRefSchema>;

/** Which columns hold what; every field is optional, the kind decides which are required. */
export const importColumnsSchema = z.strictObject({
  orderId: columnRefSchema.optional(),
  placedAt: columnRefSchema.optional(),
  sku: columnRefSchema.optional(),
  itemName: columnRefSchema.optional(),
  category: columnRefSchema.optional(),
  size: columnRefSchema.optional(),
  quantity: columnRefSchema.optional(),
  unitPrice: columnRefSchema.optional(),
  lineAmount: columnRefSchema.optional(),
  paymentMethod: columnRefSchema.optional(),
  name: columnRefSchema.optional(),
  birthday: columnRefSchema.optional(),
  gender: columnRefSchema.optional(),
  language: columnRefSchema.optional(),
});

/** A column whose values become one kind of identity; `ignore` lists placeholder values (e.g. `0`). */
export const importIdentitySchema = z.strictObject({
  column: columnRefSchema,
  kind: z.enum(IDENTITY_KINDS),
  namespace: z.string().trim().max(40).optional(),
  ignore: z.array(z.string()).max(50).default([]),
});

/** A small file joined to every row by a key (CLI only): `match` names the row's column holding the key. */
export const importLookupSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, 'lower-case letters, digits and _'),
  file: z.string().trim().min(1).max(200),
  key: z.string().trim().min(1).max(120),
  match: z.string().trim().min(1).max(120),
});

/**
 * How to read one kind of CSV file: encoding, delimiter, date order, which columns hold what,
 * store codes, channel, identities and cancellations. `name` becomes the orders' source
 * (`import:<name>`), so the same name must be used for every re-run of the same data.
 */
export const importMappingSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, _ and -'),
  kind: z.enum(IMPORT_KINDS).optional(),
  description: z.string().max(500).optional(),
  encoding: z.enum(['auto', 'utf-8', 'gb18030']).default('auto'),
  delimiter: z.enum([',', ';', '\t', '|']).optional(),
  dateOrder: z.enum(['mdy', 'dmy']).default('mdy').describe('for dates like 03/04/2024'),
  amountUnit: z.enum(['yuan', 'fen']).default('yuan'),
  nulls: z
    .array(z.string().max(20))
    .max(20)
    .default(['NULL', '\\N'])
    .describe('cell values that mean "empty"'),
  store: z
    .strictObject({ column: columnRefSchema, codes: z.record(z.string(), z.string()).default({}) })
    .optional(),
  channel: z
    .union([
      z.enum(CHANNELS),
      z.strictObject({
        column: columnRefSchema,
        values: z.record(z.string(), z.enum(CHANNELS)),
        default: z.enum(CHANNELS).default('import'),
      }),
    ])
    .default('import'),
  identities: z.array(importIdentitySchema).max(10).default([]),
  columns: importColumnsSchema.default({}),
  genders: z.record(z.string(), z.enum(['female', 'male', 'other'])).default({}),
  cancellation: z.strictObject({ column: columnRefSchema, prefix: z.string().min(1).max(10) }).optional(),
  lookups: z.array(importLookupSchema).max(5).default([]),
});
/** A mapping with defaults applied. */
export type ImportMapping = z.output<typeof importMappingSchema>;
/** A mapping as written in a mapping file. */
export type ImportMappingInput = z.input<typeof importMappingSchema>;

/** A row that could not be imported: its line in the file and why. */
export const badRowSchema = z.object({
  line: z.number().int(),
  reason: z.string(),
  detail: z.string().optional(),
});
/** Parsed form of `badRowSchema`. */
export type BadRow = z.infer<typeof badRowSchema>;

/** What an import did: bad rows (first 1,000), quirks with sample lines, and counts. */
export const importReportSchema = z.object({
  encoding: z.string(),
  delimiter: z.string(),
  rows: z.number().int(),
  goodRows: z.number().int(),
  badRows: z.number().int(),
  badRowList: z.array(badRowSchema),
  badReasons: z.record(z.string(), z.number().int()),
  quirks: z.record(z.string(), z.object({ count: z.number().int(), lines: z.array(z.number().int()) })),
  guests: z.object({
    created: z.number().int(),
    matched: z.number().int(),
    identitiesAttached: z.number().int(),
    mergeCandidates: z.number().int(),
    withOrders: z.number().int(),
  }),
  orders: z.object({
    inFile: z.number().int(),
    created: z.number().int(),
    alreadyPresent: z.number().int(),
    anonymous: z.number().int(),
    lines: z.number().int(),
  }),
  cancellations: z.object({
    invoices: z.number().int(),
    lines: z.number().int(),
    matchedLines: z.number().int(),
    unmatchedLines: z.number().int(),
    refundedFen: z.number().int(),
  }),
  seconds: z.number(),
  rowsPerSecond: z.number(),
});
/** Parsed form of `importReportSchema`. */
export type ImportReport = z.infer<typeof importReportSchema>;

/** Import job statuses: `running` also covers a run that was interrupted (run it again to resume). */
export const IMPORT_STATUSES = ['running', 'finished', 'failed'] as const;

/** One import job with its progress and report, as `GET /api/imports/:id` answers. */
export const importJobSchema = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  fileHash: z.string(),
  mappingName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int().describe('estimated from the line count until finished'),
  processedRows: z.number().int(),
  goodRows: z.number().int(),
  badRows: z.number().int(),
  report: importReportSchema.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
/** Parsed form of `importJobSchema`. */
export type ImportJob = z.infer<typeof importJobSchema>;

/**
 * Query of `POST /api/imports` (the body is the file itself, CSV or gzip): the kind, the file's
 * name, an optional store for every row, and the mapping as JSON.
 */
export const startImportQuerySchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().min(1).max(200).default('upload.csv'),
  storeId: z.string().optional(),
  mapping: z.string().min(2).max(12_000).describe('the mapping as JSON (see docs/import.md)'),
});
/** Parsed form of `startImportQuerySchema`. */
export type StartImportQuery = z.infer<typeof startImportQuerySchema>;

/** Which guests an export covers. */
export const exportGuestsFilterSchema = z.strictObject({
  storeId: z.string().optional(),
  tag: z.string().trim().max(40).optional(),
  lastVisitAfter: z.string().optional(),
  lastVisitBefore: z.string().optional(),
  minVisits: z.coerce.number().int().min(0).optional(),
});
/** Parsed form of `exportGuestsFilterSchema`. */
export type ExportGuestsFilter = z.infer<typeof exportGuestsFilterSchema>;

/**
 * Query of `GET /api/guests/export.csv`: filters, the purpose (recorded), the consent channel
 * for marketing exports, and whether contact columns are wanted.
 */
export const exportGuestsQuerySchema = exportGuestsFilterSchema.extend({
  purpose: z.enum(PURPOSES).optional(),
  channel: z.enum(CONSENT_CHANNELS).optional(),
  includeContact: z.enum(['true', 'false']).optional(),
});
/** Parsed form of `exportGuestsQuerySchema`. */
export type ExportGuestsQuery = z.infer<typeof exportGuestsQuerySchema>;
