import { describe, expect, it } from 'vitest';
import { describeCentroid } from './cluster-describe';
import type { FeatureInfo } from './guest-features';

const FEATURES: FeatureInfo[] = [
  { name: 'frequency', kind: 'frequency', key: '' },
  { name: 'average_ticket', kind: 'averageTicket', key: '' },
  { name: 'spend', kind: 'spend', key: '' },
  { name: 'daypart:breakfast', kind: 'daypart', key: 'breakfast' },
  { name: 'daypart:dinner', kind: 'daypart', key: 'dinner' },
  { name: 'daypart:late', kind: 'daypart', key: 'late' },
  { name: 'channel:delivery', kind: 'channel', key: 'delivery' },
  { name: 'category:咖啡', kind: 'category', key: '咖啡' },
  { name: 'discount_share', kind: 'discount', key: '' },
];
const ALL = FEATURES.map((_, j) => j);
const OVERALL = [3, 4_000, 30_000, 0.2, 0.3, 0.1, 0.25, 0.25, 0.2];

describe('describeCentroid', () => {
  it.each([
    {
      name: 'breakfast coffee regulars',
      z: [2.1, 0.1, 0.3, 1.8, -0.4, 0, 0, 1.2, 0],
      means: [9, 4_200, 60_000, 0.7, 0.1, 0.1, 0.25, 0.6, 0.2],
      en: 'breakfast 咖啡 regulars: visits 3× the average, 70 % before 10:30, 60 % of orders with 咖啡',
      zh: '早餐咖啡常客：到店频次为平均的 3 倍，70 % 的订单在 10:30 前，60 % 的订单含咖啡',
    },
    {
      name: 'a third feature only when it is a full standard deviation away',
      z: [2.1, 0.1, 0.3, 1.8, -0.4, 0, 0, 0.9, 0],
      means: [9, 4_200, 60_000, 0.7, 0.1, 0.1, 0.25, 0.4, 0.2],
      en: 'breakfast regulars: visits 3× the average, 70 % before 10:30',
      zh: '早餐常客：到店频次为平均的 3 倍，70 % 的订单在 10:30 前',
    },
    {
      name: 'late-night delivery deal seekers',
      z: [-0.2, -0.3, -0.1, -0.5, 0.2, 1.5, 1.1, 0, 2.4],
      means: [2.5, 3_500, 20_000, 0.05, 0.35, 0.45, 0.6, 0.25, 0.8],
      en: 'late-night delivery deal seekers: 80 % of orders discounted, 45 % after 21:00, 60 % via delivery',
      zh: '夜宵外卖优惠敏感客人：80 % 的订单使用优惠，45 % 的订单在 21:00 后，60 % 的订单来自外卖',
    },
    {
      name: 'big spenders with a below-average mix left out of the label',
      z: [0.2, 1.9, 2.2, 0, -1.3, 0, 0, 0, 0],
      means: [3.3, 9_000, 75_000, 0.2, 0.05, 0.1, 0.25, 0.25, 0.2],
      en: 'big spenders: spend 2.5× the average (¥750), average ticket ¥90 (2.3× the average), 5 % at dinner (17:00–21:00)',
      zh: '高消费客人：消费为平均的 2.5 倍（¥750），客单价 ¥90（平均的 2.3 倍），5 % 的订单在晚餐时段（17:00–21:00）',
    },
    {
      name: 'occasional guests',
      z: [-1.1, 0, 0, 0, 0.6, 0, 0, 0, 0],
      means: [0.6, 4_000, 10_000, 0.2, 0.45, 0.1, 0.25, 0.25, 0.2],
      en: 'dinner occasional guests: visits 0.2× the average, 45 % at dinner (17:00–21:00)',
      zh: '晚餐低频客人：到店频次为平均的 0.2 倍，45 % 的订单在晚餐时段（17:00–21:00）',
    },
  ])('$name', ({ z, means, en, zh }) => {
    const words = describeCentroid({
      features: FEATURES,
      columns: ALL,
      centroidZ: z,
      means,
      overallMeans: OVERALL,
    });
    expect(words.description).toEqual({ en, zh });
    expect(words.top.length).toBeGreaterThanOrEqual(2);
  });

  it('says “in the afternoon” and gives the hours of a middle daypart', () => {
    const words = describeCentroid({
      features: [
        { name: 'daypart:afternoon', kind: 'daypart', key: 'afternoon' },
        { name: 'frequency', kind: 'frequency', key: '' },
      ],
      columns: [0, 1],
      centroidZ: [1.5, 0.3],
      means: [0.57, 2],
      overallMeans: [0.2, 2],
    });
    expect(words.description).toEqual({
      en: 'afternoon guests: 57 % in the afternoon (14:00–17:00), visits 1× the average',
      zh: '下午茶客人：57 % 的订单在下午茶时段（14:00–17:00），到店频次为平均的 1 倍',
    });
  });

  it('calls a centroid near the average on every feature typical', () => {
    const words = describeCentroid({
      features: FEATURES,
      columns: ALL,
      centroidZ: FEATURES.map(() => 0.1),
      means: OVERALL,
      overallMeans: OVERALL,
    });
    expect(words.top).toEqual([]);
    expect(words.description.en).toBe('typical guests: close to the average on every feature');
  });

  it('reads z-scores by kept column and means by original column', () => {
    const words = describeCentroid({
      features: FEATURES,
      columns: [0, 8],
      centroidZ: [0.1, 1.4],
      means: [3, 4_000, 30_000, 0.2, 0.3, 0.1, 0.25, 0.25, 0.5],
      overallMeans: OVERALL,
    });
    expect(words.top).toEqual([{ feature: 'discount_share', z: 1.4, mean: 0.5, overallMean: 0.2 }]);
    expect(words.label.en).toBe('deal seekers');
  });
});
