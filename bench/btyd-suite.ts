import { fitBgNbd, fitGammaGamma, generateSyntheticCustomers, scoreCustomers } from '@regulars/core';
import { againstTarget, type Figure } from './figures';

const CUSTOMERS = 1_000_000;
const TRUTH = {
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};

/**
 * BG/NBD + Gamma-Gamma fit and scoring (P(alive), expected visits, CLV) of 1,000,000 synthetic
 * customers drawn from the CDNOW parameters, in this process. Targets: fit ≤ 3 s, score ≤ 5 s.
 */
export function runBtydSuite(log: (line: string) => void): {
  figures: Figure[];
  raw: Record<string, unknown>;
} {
  log(`BTYD: generating ${CUSTOMERS.toLocaleString('en')} synthetic customers…`);
  const data = generateSyntheticCustomers({
    customers: CUSTOMERS,
    seed: 42,
    ...TRUTH,
    T: [26, 78],
    holdout: 39,
  });
  let t0 = performance.now();
  const bg = fitBgNbd(data);
  const gg = fitGammaGamma(data);
  const fitSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  scoreCustomers(bg.params, gg.params, data, { horizon: 39 });
  const scoreSeconds = (performance.now() - t0) / 1000;
  const { r, alpha, a, b } = bg.params;
  const detail = `r ${r.toFixed(3)} α ${alpha.toFixed(3)} a ${a.toFixed(3)} b ${b.toFixed(3)} (truth 0.243, 4.414, 0.793, 2.426)`;
  log(`BTYD: fit ${fitSeconds.toFixed(2)} s, score ${scoreSeconds.toFixed(2)} s`);
  return {
    figures: [
      againstTarget('btydFit', 'BG/NBD + Gamma-Gamma fit, 1M customers', fitSeconds, 's', 3, detail),
      againstTarget('btydScore', 'Score 1M customers (P(alive), E[visits], CLV)', scoreSeconds, 's', 5),
    ],
    raw: {
      btyd: { customers: CUSTOMERS, fitSeconds, scoreSeconds, params: bg.params, gammaGamma: gg.params },
    },
  };
}
