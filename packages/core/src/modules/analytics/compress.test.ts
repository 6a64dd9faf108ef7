import { describe, expect, it } from 'vitest';
import { compressRows } from './compress';

describe('compressRows', () => {
  it('collapses identical rows, counts them and maps every row to its unique row', () => {
    const result = compressRows([
      [1, 1, 2, 1, 2],
      [0.5, 0.5, 3, 0.5, 4],
    ]);
    expect(result.size).toBe(3);
    expect(Array.from(result.counts)).toEqual([3, 1, 1]);
    expect(Array.from(result.uniqueIndexOfRow)).toEqual([0, 0, 1, 0, 2]);
    expect(result.columns.map((c) => Array.from(c))).toEqual([
      [1, 2, 2],
      [0.5, 3, 4],
    ]);
  });

  it('treats 0 and −0 as the same value', () => {
    expect(compressRows([[0, -0]]).size).toBe(1);
  });

  it('keeps every row when the data are (nearly) all distinct', () => {
    const n = 100_000;
    const column = Float64Array.from({ length: n }, (_, i) => i * 0.37);
    const result = compressRows([column, column]);
    expect(result.size).toBe(n);
    expect(result.uniqueIndexOfRow[n - 1]).toBe(n - 1);
    expect(result.counts.every((c) => c === 1)).toBe(true);
  });

  it('compresses large inputs with few distinct rows', () => {
    const n = 200_000;
    const result = compressRows([Float64Array.from({ length: n }, (_, i) => i % 10)]);
    expect(result.size).toBe(10);
    expect(result.counts.reduce((a, b) => a + b, 0)).toBe(n);
  });
});
