/** The byte-order mark that makes Excel open a UTF-8 CSV file with Chinese text correctly. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'` so it is shown as text, never run as a formula (CSV
 * injection); then RFC 4180 quoting when the value holds a comma, quote or line break.
 */
export function escapeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated, as Excel writes) of escaped cells. */
export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return `${cells.map(escapeCsvCell).join(',')}\r\n`;
}

/**
 * A field for PostgreSQL `COPY … WITH (FORMAT csv)`: null is an unquoted empty field (NULL),
 * text is always quoted (so an empty string stays an empty string), numbers are bare.
 */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return value.includes('"') ? `"${value.replace(/"/g, '""')}"` : `"${value}"`;
}
