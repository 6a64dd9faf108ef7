import { DAYPART_BOUNDARIES, type DaypartName } from './dayparts';
import type { FeatureInfo, FeatureKind } from './guest-features';

/**
 * Puts a cluster into words from its centroid: the features furthest from the average (largest |z|)
 * become a short label ("breakfast coffee regulars") and phrases with the cluster's raw means.
 */

/** One described feature: its z-score in the centroid, the cluster's raw mean and everyone's. */
export type ClusterFeature = { feature: string; z: number; mean: number; overallMean: number };

/** The same words in English and Chinese. */
export type ClusterWords = { en: string; zh: string };

/** The described features, a label and a one-line description in both languages. */
export type ClusterDescription = { top: ClusterFeature[]; label: ClusterWords; description: ClusterWords };

/** What a centroid is described from: kept columns, centroid z per kept column, raw means per column. */
export type CentroidFacts = {
  features: readonly FeatureInfo[];
  columns: readonly number[];
  centroidZ: ArrayLike<number>;
  means: ArrayLike<number>;
  overallMeans: ArrayLike<number>;
};

/** Features nearer the average than this many standard deviations are not described. */
export const MIN_DESCRIBED_Z = 0.25;

const DAYPART_WORDS: Record<DaypartName, ClusterWords> = {
  breakfast: { en: 'breakfast', zh: '早餐' },
  lunch: { en: 'lunch', zh: '午餐' },
  afternoon: { en: 'afternoon', zh: '下午茶' },
  dinner: { en: 'dinner', zh: '晚餐' },
  late: { en: 'late-night', zh: '夜宵' },
};

const CHANNEL_WORDS: Record<string, ClusterWords> = {
  dine_in: { en: 'dine-in', zh: '堂食' },
  takeaway: { en: 'takeaway', zh: '外带' },
  delivery: { en: 'delivery', zh: '外卖' },
  app: { en: 'app', zh: 'App' },
  mini_program: { en: 'mini-program', zh: '小程序' },
  pos: { en: 'till', zh: '收银台' },
  web: { en: 'web', zh: '网页' },
  import: { en: 'imported', zh: '导入' },
};

/** Noun of the label by the first described measure feature: [above average, below average]. */
const NOUNS: Partial<Record<FeatureKind, [ClusterWords, ClusterWords]>> = {
  frequency: [
    { en: 'regulars', zh: '常客' },
    { en: 'occasional guests', zh: '低频客人' },
  ],
  spend: [
    { en: 'big spenders', zh: '高消费客人' },
    { en: 'light spenders', zh: '低消费客人' },
  ],
  averageTicket: [
    { en: 'big-ticket guests', zh: '高客单客人' },
    { en: 'small-ticket guests', zh: '低客单客人' },
  ],
  discount: [
    { en: 'deal seekers', zh: '优惠敏感客人' },
    { en: 'full-price guests', zh: '原价客人' },
  ],
};

const clock = (hour: number) => `${Math.floor(hour)}:${String(Math.round((hour % 1) * 60)).padStart(2, '0')}`;

function daypartWhen(daypart: string): ClusterWords {
  const i = DAYPART_BOUNDARIES.findIndex((b) => b.daypart === daypart);
  const from = clock(DAYPART_BOUNDARIES[i]?.startsAtHour ?? 0);
  const next = DAYPART_BOUNDARIES[i + 1];
  if (i === 0 && next)
    return { en: `before ${clock(next.startsAtHour)}`, zh: `在 ${clock(next.startsAtHour)} 前` };
  if (!next) return { en: `after ${from}`, zh: `在 ${from} 后` };
  const span = `${from}–${clock(next.startsAtHour)}`;
  const words = DAYPART_WORDS[daypart as DaypartName];
  const at = daypart === 'afternoon' ? 'in the' : 'at';
  return { en: `${at} ${words.en} (${span})`, zh: `在${words.zh}时段（${span}）` };
}

function ratio(mean: number, overall: number): string {
  const r = mean / overall;
  if (r >= 10) return String(Math.round(r));
  if (r >= 0.1) return String(Math.round(r * 10) / 10);
  return r.toPrecision(1);
}

const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en')}`;

/** One feature as a phrase with its number, e.g. "visits 3× the average" / "70 % before 10:30". */
function phrase(info: FeatureInfo, f: ClusterFeature): ClusterWords {
  const pct = `${Math.round(f.mean * 100)} %`;
  const times = f.overallMean > 0 && f.mean >= 0 ? ratio(f.mean, f.overallMean) : undefined;
  switch (info.kind) {
    case 'frequency':
      return times
        ? { en: `visits ${times}× the average`, zh: `到店频次为平均的 ${times} 倍` }
        : { en: `${f.mean.toFixed(1)} visits per 30 days`, zh: `每 30 天到店 ${f.mean.toFixed(1)} 次` };
    case 'spend':
      return times
        ? {
            en: `spend ${times}× the average (${yuan(f.mean)})`,
            zh: `消费为平均的 ${times} 倍（${yuan(f.mean)}）`,
          }
        : { en: `spend ${yuan(f.mean)}`, zh: `消费 ${yuan(f.mean)}` };
    case 'averageTicket':
      return times
        ? {
            en: `average ticket ${yuan(f.mean)} (${times}× the average)`,
            zh: `客单价 ${yuan(f.mean)}（平均的 ${times} 倍）`,
          }
        : { en: `average ticket ${yuan(f.mean)}`, zh: `客单价 ${yuan(f.mean)}` };
    case 'daypart': {
      const when = daypartWhen(info.key);
      return { en: `${pct} ${when.en}`, zh: `${pct} 的订单${when.zh}` };
    }
    case 'channel': {
      const words = CHANNEL_WORDS[info.key] ?? { en: info.key, zh: info.key };
      return { en: `${pct} via ${words.en}`, zh: `${pct} 的订单来自${words.zh}` };
    }
    case 'category':
      return { en: `${pct} of orders with ${info.key}`, zh: `${pct} 的订单含${info.key}` };
    case 'discount':
      return { en: `${pct} of orders discounted`, zh: `${pct} 的订单使用优惠` };
  }
}

function qualifier(info: FeatureInfo): ClusterWords {
  if (info.kind === 'daypart')
    return DAYPART_WORDS[info.key as DaypartName] ?? { en: info.key, zh: info.key };
  if (info.kind === 'channel') return CHANNEL_WORDS[info.key] ?? { en: info.key, zh: info.key };
  return { en: info.key, zh: info.key };
}

const QUALIFIER_ORDER: FeatureKind[] = ['daypart', 'category', 'channel'];

/** A measure at least this many standard deviations from the average names the label's noun. */
export const MIN_NOUN_Z = 0.5;

function featureAt(facts: CentroidFacts, column: number, z: number) {
  const info = facts.features[column] ?? { name: String(column), kind: 'frequency' as const, key: '' };
  const feature = {
    feature: info.name,
    z,
    mean: facts.means[column] ?? 0,
    overallMean: facts.overallMeans[column] ?? 0,
  };
  return { info, feature };
}

/**
 * Describes the two features of largest |z| and a third when |z| ≥ 1, leaving out those with
 * |z| < {@link MIN_DESCRIBED_Z}. Label = up to two described mixes above average (daypart, category,
 * channel) + a noun from the measure (frequency, spend, ticket, discount) of largest |z| ≥ 0.5, by sign.
 */
export function describeCentroid(facts: CentroidFacts): ClusterDescription {
  const ranked = facts.columns
    .map((column, c) => ({ column, z: facts.centroidZ[c] ?? 0 }))
    .sort((x, y) => Math.abs(y.z) - Math.abs(x.z) || x.column - y.column);
  const chosen = ranked
    .filter((x) => Math.abs(x.z) >= MIN_DESCRIBED_Z)
    .filter((x, rank) => rank < 2 || (rank === 2 && Math.abs(x.z) >= 1));
  if (chosen.length === 0) {
    const label = { en: 'typical guests', zh: '普通客人' };
    return {
      top: [],
      label,
      description: {
        en: `${label.en}: close to the average on every feature`,
        zh: `${label.zh}：各项特征接近平均`,
      },
    };
  }
  const described = chosen.map(({ column, z }) => featureAt(facts, column, z));
  const qualifiers = described
    .filter((x) => x.feature.z > 0 && QUALIFIER_ORDER.includes(x.info.kind))
    .slice(0, 2)
    .sort((x, y) => QUALIFIER_ORDER.indexOf(x.info.kind) - QUALIFIER_ORDER.indexOf(y.info.kind))
    .map((x) => qualifier(x.info));
  const measure = ranked
    .map(({ column, z }) => featureAt(facts, column, z))
    .find((x) => NOUNS[x.info.kind] && Math.abs(x.feature.z) >= MIN_NOUN_Z);
  const nouns = measure && NOUNS[measure.info.kind];
  const noun = nouns ? nouns[measure.feature.z > 0 ? 0 : 1] : { en: 'guests', zh: '客人' };
  const label = {
    en: [...qualifiers.map((q) => q.en), noun.en].join(' '),
    zh: [...qualifiers.map((q) => q.zh), noun.zh].join(''),
  };
  const phrases = described.map((x) => phrase(x.info, x.feature));
  return {
    top: described.map((x) => x.feature),
    label,
    description: {
      en: `${label.en}: ${phrases.map((p) => p.en).join(', ')}`,
      zh: `${label.zh}：${phrases.map((p) => p.zh).join('，')}`,
    },
  };
}
