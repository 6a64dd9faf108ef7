import { ERROR_CODES } from '@regulars/contracts';
import { describe, expect, it } from 'vitest';
import { errorsEn, errorsZhCN } from './errors.messages';

describe('error sentences', () => {
  it.each(ERROR_CODES)('explains %s in English and in Chinese', (code) => {
    expect(errorsEn[code].length).toBeGreaterThan(10);
    expect(errorsZhCN[code]).toMatch(/[\u4e00-\u9fff]/);
  });
});
