import { DAYPARTS, ERROR_CODES } from '@regulars/contracts';
import { describe, expect, it } from 'vitest';
import { commonEn, commonZhCN } from './common.messages';
import { errorsEn, errorsZhCN } from './errors.messages';
import { labelsEn, labelsZhCN } from './labels.messages';
import { guestEn, guestZhCN, portraitEn, portraitZhCN } from '../features/guests/guest.messages';
import {
  dataQualityEn,
  dataQualityZhCN,
  guestsEn,
  guestsZhCN,
  mergeReviewEn,
  mergeReviewZhCN,
} from '../features/guests/guests.messages';
import { importsEn, importsZhCN } from '../features/imports/imports.messages';
import { ordersEn, ordersZhCN } from '../features/orders/orders.messages';

/** Every `a.b.c` key path of a message tree, sorted. */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keyPaths(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

describe('error sentences', () => {
  it.each(ERROR_CODES)('explains %s in English and in Chinese', (code) => {
    expect(errorsEn[code].length).toBeGreaterThan(10);
    expect(errorsZhCN[code]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('message catalogues', () => {
  it.each([
    ['common', commonEn, commonZhCN],
    ['labels', labelsEn, labelsZhCN],
    ['guests', guestsEn, guestsZhCN],
    ['guest', guestEn, guestZhCN],
    ['portrait', portraitEn, portraitZhCN],
    ['mergeReview', mergeReviewEn, mergeReviewZhCN],
    ['dataQuality', dataQualityEn, dataQualityZhCN],
    ['orders', ordersEn, ordersZhCN],
    ['imports', importsEn, importsZhCN],
  ])('has the same keys in English and Chinese for %s, none empty', (_name, en, zh) => {
    expect(keyPaths(zh)).toEqual(keyPaths(en));
    const empty = keyPaths(zh).filter((path) => {
      const value = path
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], zh);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

describe('daypart hours', () => {
  const times = (text: string) => text.match(/\d{1,2}:\d{2}/g) ?? [];

  it.each(DAYPARTS)('gives %s the same clock times in English and Chinese', (daypart) => {
    expect(times(labelsZhCN.daypartHours[daypart])).toEqual(times(labelsEn.daypartHours[daypart]));
    expect(times(labelsEn.daypartHours[daypart]).length).toBeGreaterThan(0);
  });

  it('chains the dayparts: each one starts where the one before ends', () => {
    const bounds = DAYPARTS.map((daypart) => times(labelsEn.daypartHours[daypart]));
    for (let i = 1; i < bounds.length; i += 1) expect(bounds[i]![0]).toBe(bounds[i - 1]!.at(-1));
  });
});
