export { importJobs } from './imports.tables';
export { startImport, runImport, getImportJob, listImportJobs, parseMapping } from './run-import';
export type { ImportInput, StartedImport } from './run-import';
export type { ImportProgress } from './process-import';
export { describeReport } from './import-report.rules';
export { exportGuestsCsv, type ExportGuestsInput, type GuestExport } from './export-guests';
export { escapeCsvCell, csvLine, UTF8_BOM } from './csv-writer.rules';
