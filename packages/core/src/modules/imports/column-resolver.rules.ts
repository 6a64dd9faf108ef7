import type { ColumnRef } from '@regulars/contracts';
import type { LookupTable } from './import-rows.types';

/** A record and the rows its lookups found, as column getters read them. */
export type RowCtx = { fields: string[]; found: Array<string[] | undefined> };
/** Reads one (trimmed) value from a record. */
export type Getter = (row: RowCtx) => string;

/**
 * Turns column references into getters over a record and its looked-up rows: exact header name
 * first, then ignoring case and spaces; `lookup.column` reads a lookup file. Values are trimmed;
 * several columns are joined (non-empty parts only).
 */
export function resolver(header: string[], lookups: LookupTable[], problems: string[], nulls: Set<string>) {
  const index = indexOf(header);
  return (ref: ColumnRef, what: string, joiner = '-'): Getter => {
    const parts = (Array.isArray(ref) ? ref : [ref]).map((name) => single(name, what));
    if (parts.length === 1) return parts[0]!;
    return (row) => {
      let out = '';
      for (const part of parts) {
        const value = part(row);
        if (value !== '') out = out === '' ? value : `${out}${joiner}${value}`;
      }
      return out;
    };
  };

  function single(name: string, what: string): Getter {
    const direct = index(name);
    if (direct !== undefined) return (row) => clean(row.fields[direct], nulls);
    const dot = name.indexOf('.');
    if (dot > 0) {
      const position = lookups.findIndex((l) => l.name === name.slice(0, dot));
      if (position >= 0) {
        const column = indexOf(lookups[position]!.header)(name.slice(dot + 1));
        if (column !== undefined) return (row) => clean(row.found[position]?.[column], nulls);
        problems.push(
          `Column "${name.slice(dot + 1)}" (${what}) is not in lookup ${name.slice(0, dot)}. Columns: ${lookups[position]!.header.join(', ')}`,
        );
        return () => '';
      }
    }
    problems.push(`Column "${name}" (${what}) is not in the file. Columns: ${header.join(', ')}`);
    return () => '';
  }
}

function indexOf(header: string[]): (name: string) => number | undefined {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((h, i) => {
    if (!exact.has(h)) exact.set(h, i);
    const key = h.replace(/\s+/g, '').toLowerCase();
    if (!loose.has(key)) loose.set(key, i);
  });
  return (name) => exact.get(name) ?? loose.get(name.replace(/\s+/g, '').toLowerCase());
}

function clean(value: string | undefined, nulls: Set<string>): string {
  if (value === undefined) return '';
  const trimmed = value.trim();
  if (nulls.size > 0 && nulls.has(trimmed)) return '';
  return trimmed.includes('\u0000') ? trimmed.replaceAll('\u0000', '') : trimmed;
}
