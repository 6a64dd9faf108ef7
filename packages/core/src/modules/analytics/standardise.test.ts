import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardiseColumns } from './standardise';

/** Column j of a row-major matrix with d columns. */
const columnOf = (values: Float64Array, d: number, j: number) =>
  Array.from(values).filter((_, i) => i % d === j);

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('standardiseColumns', () => {
  it('gives each kept column mean 0 and standard deviation 1', () => {
    const matrix = Float64Array.from([1, 100, 2, 300, 3, 200, 6, 400]);
    const z = standardiseColumns(matrix, 2);
    expect(z.columns).toEqual([0, 1]);
    for (const j of [0, 1]) {
      expect(mean(columnOf(z.values, 2, j))).toBeCloseTo(0, 14);
      expect(sd(columnOf(z.values, 2, j))).toBeCloseTo(1, 14);
    }
    expect(Array.from(z.mean)).toEqual([3, 250]);
    expect(z.sd[0]).toBeCloseTo(Math.sqrt(3.5), 14);
  });

  it('drops constant columns, including ones that differ only by rounding', () => {
    const tenth = 0.1;
    const matrix = Float64Array.from([5, tenth, 1, 5, 0.3 - 0.2, 2, 5, tenth, 4]);
    const z = standardiseColumns(matrix, 3);
    expect(z.columns).toEqual([2]);
    expect(z.values).toHaveLength(3);
    expect(Array.from(z.sd.subarray(0, 2))).toEqual([0, 0]);
    expect(Array.from(z.values).every(Number.isFinite)).toBe(true);
  });

  it('does not change when a column is rescaled by a positive factor and shifted', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -10, max: 10, noNaN: true })),
          {
            minLength: 2,
            maxLength: 40,
          },
        ),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (rows, scale, shift) => {
          const base = Float64Array.from(rows.flat());
          const moved = Float64Array.from(rows.flatMap(([a, b]) => [a * scale + shift, b]));
          const z1 = standardiseColumns(base, 2);
          const z2 = standardiseColumns(moved, 2);
          expect(z2.columns).toEqual(z1.columns);
          z1.values.forEach((v, i) => expect(z2.values[i]).toBeCloseTo(v, 6));
        },
      ),
    );
  });

  it('keeps no column of an empty matrix and rejects a bad shape or a non-finite value', () => {
    expect(standardiseColumns(new Float64Array(0), 3).columns).toEqual([]);
    expect(() => standardiseColumns(new Float64Array(5), 2)).toThrow(RangeError);
    expect(() => standardiseColumns(Float64Array.from([1, NaN]), 1)).toThrow(RangeError);
  });
});
