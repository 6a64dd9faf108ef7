import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd';
import { evaluateChurn, precisionAtK, rocAuc, type ChurnEvaluationRow } from './churn-evaluate';

describe('rocAuc', () => {
  it.each([
    {
      name: 'a perfect ranking is 1',
      scores: [0.9, 0.8, 0.3, 0.1],
      positive: [true, true, false, false],
      auc: 1,
    },
    {
      name: 'a reversed ranking is 0',
      scores: [0.1, 0.3, 0.8, 0.9],
      positive: [true, true, false, false],
      auc: 0,
    },
    {
      name: 'a constant score is 0.5',
      scores: [5, 5, 5, 5, 5],
      positive: [true, false, true, false, false],
      auc: 0.5,
    },
    {
      name: 'a tie across classes counts half',
      scores: [1, 2, 2, 3],
      positive: [false, true, false, true],
      auc: 0.875,
    },
    {
      name: 'one swapped pair out of four',
      scores: [1, 3, 2, 4],
      positive: [false, false, true, true],
      auc: 0.75,
    },
  ])('$name', ({ scores, positive, auc }) => {
    expect(rocAuc(scores, positive)).toBeCloseTo(auc, 14);
  });

  it('is undefined without both classes', () => {
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });

  it('rejects scores and labels of different lengths', () => {
    expect(() => rocAuc([1, 2], [true])).toThrow(RangeError);
  });
});

describe('precisionAtK', () => {
  it.each([
    {
      name: 'counts positives among the k highest',
      scores: [4, 3, 2, 1],
      positive: [true, false, true, true],
      k: 2,
      p: 0.5,
    },
    {
      name: 'a perfect ranking is 1',
      scores: [4, 3, 2, 1],
      positive: [true, true, false, false],
      k: 2,
      p: 1,
    },
    {
      name: 'a tie across the cut counts its mean share',
      scores: [5, 2, 2, 2, 1],
      positive: [true, true, false, false, true],
      k: 2,
      p: (1 + 1 / 3) / 2,
    },
    {
      name: 'a constant score gives the base rate',
      scores: [1, 1, 1, 1],
      positive: [true, false, false, false],
      k: 1,
      p: 0.25,
    },
  ])('$name', ({ scores, positive, k, p }) => {
    expect(precisionAtK(scores, positive, k)).toBeCloseTo(p, 14);
  });

  it('rejects k outside 1..n', () => {
    expect(() => precisionAtK([1, 2], [true, false], 0)).toThrow(RangeError);
    expect(() => precisionAtK([1, 2], [true, false], 3)).toThrow(RangeError);
  });
});

const datasets = new URL('../../../../../../shared/datasets/', import.meta.url);
const cdnowFile = fileURLToPath(new URL('cdnow/cdnow_sample_calibration_holdout.csv', datasets));
const retailFile = fileURLToPath(new URL('online_retail_uci/btyd_summary_DEV_cal_2011-09-09.csv', datasets));
const present = existsSync(cdnowFile) && existsSync(retailFile);
if (!present) console.warn(`churn evaluation on real data skipped: ${cdnowFile} or ${retailFile} not found`);

/** Rows of a calibration/holdout CSV whose columns 1–3 are x, t_x, T and the last is the holdout count. */
function readRows(file: string): ChurnEvaluationRow[] {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const cells = line.split(',').map(Number);
    return {
      x: cells[1] ?? NaN,
      tx: cells[2] ?? NaN,
      T: cells[3] ?? NaN,
      xHoldout: cells[cells.length - 1] ?? NaN,
    };
  });
}

function evaluateFile(file: string, horizon: number) {
  const rows = readRows(file);
  const fit = fitBgNbd({ x: rows.map((r) => r.x), tx: rows.map((r) => r.tx), T: rows.map((r) => r.T) });
  return evaluateChurn(fit.params, rows, { unit: 'week', horizon, topFraction: 0.1 });
}

describe.skipIf(!present)('churn risk on real holdouts (BG/NBD fitted on calibration)', () => {
  it('ranks CDNOW churners well over the 39-week holdout, but no better than recency alone', () => {
    const result = evaluateFile(cdnowFile, 39);
    expect(result).toMatchObject({ customers: 2357, churned: 1673, k: 236 });
    expect(result.model.auc).toBeGreaterThan(0.5);
    expect(result.model.auc).toBeCloseTo(0.757, 2);
    expect(result.model.precisionAtK).toBeCloseTo(0.798, 2);
    expect(result.baseline.auc).toBeCloseTo(0.771, 2);
    expect(result.baseline.precisionAtK).toBeCloseTo(0.904, 2);
    expect(result.baseline.auc).toBeGreaterThan(result.model.auc);
  });

  it('beats recency on the Online Retail 13-week holdout', () => {
    const result = evaluateFile(retailFile, 13);
    expect(result).toMatchObject({ customers: 1710, churned: 738, k: 171 });
    expect(result.model.auc).toBeCloseTo(0.727, 2);
    expect(result.model.precisionAtK).toBeCloseTo(0.682, 2);
    expect(result.baseline.auc).toBeCloseTo(0.675, 2);
    expect(result.baseline.precisionAtK).toBeCloseTo(0.664, 2);
    expect(result.model.auc).toBeGreaterThan(result.baseline.auc + 0.03);
  });
});
