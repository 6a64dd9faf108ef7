/**
 * Collapses identical rows of numeric columns into unique rows with counts, so likelihoods and
 * scores are computed once per distinct (x, t_x, T) instead of once per customer.
 */

/** Unique rows (column-major), how many input rows each stands for, and the row → unique index map. */
export type CompressedRows = {
  columns: Float64Array[];
  counts: Float64Array;
  size: number;
  uniqueIndexOfRow: Int32Array;
};

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function mix(hash: number, value: number): number {
  bits[0] = value + 0; // folds −0 into +0 so equal values hash equally
  let h = Math.imul(hash ^ (words[0] ?? 0), 0x9e3779b1);
  h = Math.imul(h ^ (words[1] ?? 0), 0x85ebca77);
  return h ^ (h >>> 15);
}

// If the first rows are nearly all distinct (continuous times), hashing the rest is wasted work.
const PROBE_ROWS = 65_536;
const GIVE_UP_RATIO = 0.9;

/**
 * Deduplicates equal-length columns with an open-addressing hash table; O(rows · columns).
 * Gives up (returns every row as its own unique row) when the first 65,536 rows are ≥ 90 % distinct.
 */
export function compressRows(columns: readonly ArrayLike<number>[]): CompressedRows {
  const rows = columns[0]?.length ?? 0;
  const width = columns.length;
  let capacity = 16;
  while (capacity < rows * 2) capacity *= 2;
  const slots = new Int32Array(capacity).fill(-1);
  const unique = columns.map(() => new Float64Array(rows));
  const counts = new Float64Array(rows);
  const uniqueIndexOfRow = new Int32Array(rows);
  let size = 0;
  for (let i = 0; i < rows; i++) {
    if (i === PROBE_ROWS && size > GIVE_UP_RATIO * PROBE_ROWS) return uncompressed(columns, rows);
    let hash = 0x811c9dc5;
    for (let c = 0; c < width; c++) hash = mix(hash, columns[c]?.[i] ?? NaN);
    let slot = hash & (capacity - 1);
    for (;;) {
      const k = slots[slot] ?? -1;
      if (k < 0) {
        for (let c = 0; c < width; c++) (unique[c] as Float64Array)[size] = columns[c]?.[i] ?? NaN;
        slots[slot] = size;
        counts[size] = 1;
        uniqueIndexOfRow[i] = size++;
        break;
      }
      let same = true;
      for (let c = 0; c < width && same; c++) same = unique[c]?.[k] === columns[c]?.[i];
      if (same) {
        counts[k] = (counts[k] ?? 0) + 1;
        uniqueIndexOfRow[i] = k;
        break;
      }
      slot = (slot + 1) & (capacity - 1);
    }
  }
  return {
    columns: unique.map((column) => column.slice(0, size)),
    counts: counts.slice(0, size),
    size,
    uniqueIndexOfRow,
  };
}

function uncompressed(columns: readonly ArrayLike<number>[], rows: number): CompressedRows {
  const uniqueIndexOfRow = new Int32Array(rows);
  for (let i = 0; i < rows; i++) uniqueIndexOfRow[i] = i;
  return {
    // Float64Array inputs are shared, not copied: nothing here writes to them.
    columns: columns.map((column) => (column instanceof Float64Array ? column : Float64Array.from(column))),
    counts: new Float64Array(rows).fill(1),
    size: rows,
    uniqueIndexOfRow,
  };
}
