import type { Channel, GuestProfileInput, IdentityInput } from '@regulars/contracts';
import type { Random } from './random';

const FAMILY = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const GIVEN = '伟芳娜敏静磊洋艳勇军杰娟涛明超霞平刚丽强燕鹏华玲婷宇浩欣怡晨阳雪琳子轩梓涵雨萱';
const TASTES = ['少糖', '加辣', '不要香菜', '燕麦奶', '双份浓缩', '芝士加量', '薄底', '去冰'];
const ALLERGIES = ['花生', '乳糖', '麸质', '海鲜'];
const PHONE_PREFIXES = ['138', '139', '158', '186', '188', '177', '135', '150'];

/** A demo guest before it exists: who they are, where they come from, and how often they buy. */
export type DemoGuest = {
  index: number;
  channel: Channel;
  identities: IdentityInput[];
  profile: GuestProfileInput;
  phone: string;
  homeStore: number;
  /** Expected orders per week while active (Gamma-distributed across guests). */
  ratePerWeek: number;
  /** Chance of lapsing for good after each order (BG/NBD-style dropout). */
  dropout: number;
  /** Day (0 = a year ago) of the first visit. */
  firstDay: number;
};

/**
 * `count` demo guests with identities from several channels. About 2 % are registered twice
 * under different identities with the same name and birthday (duplicates waiting for review).
 */
export function demoGuests(random: Random, count: number, storeLines: readonly string[]): DemoGuest[] {
  const guests: DemoGuest[] = [];
  for (let i = 0; i < count; i++) {
    const base = makeGuest(random, i, storeLines);
    guests.push(base);
    if (random.next() < 0.02 && i + 1 < count) {
      i++;
      const twin = makeGuest(random, i, storeLines);
      twin.profile = { ...twin.profile, name: base.profile.name, birthday: base.profile.birthday };
      guests.push(twin);
    }
  }
  return guests;
}

function makeGuest(random: Random, index: number, storeLines: readonly string[]): DemoGuest {
  const phone = `+86${random.pick(PHONE_PREFIXES)}${String(10_000_000 + index * 7_919).slice(-8)}`;
  const channel = random.pick<Channel>([
    'app',
    'app',
    'mini_program',
    'mini_program',
    'mini_program',
    'pos',
    'pos',
    'delivery',
  ]);
  const homeStore = random.int(0, storeLines.length - 1);
  const coffee = storeLines[homeStore] === 'coffee';
  const year = random.int(1965, 2006);
  const birthday = `${random.next() < 0.7 ? year : '-'}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
  const profile: GuestProfileInput = {
    name: `${random.pick([...FAMILY])}${random.pick([...GIVEN])}${random.next() < 0.6 ? random.pick([...GIVEN]) : ''}`,
    ...(random.next() < 0.8 ? { birthday } : {}),
    ...(random.next() < 0.6 ? { gender: random.next() < 0.55 ? 'female' : 'male' } : {}),
    language: random.next() < 0.92 ? 'zh-CN' : 'en',
    ...(random.next() < 0.3 ? { tastes: [random.pick(TASTES)] } : {}),
    ...(random.next() < 0.06 ? { allergies: [random.pick(ALLERGIES)] } : {}),
  };
  return {
    index,
    channel,
    identities: identitiesFor(random, channel, index, phone),
    profile,
    phone,
    homeStore,
    ratePerWeek: gamma(random, 0.9) * (coffee ? 0.5 : 0.22),
    dropout: 0.03 + random.next() * 0.15,
    firstDay: Math.floor(Math.pow(random.next(), 0.8) * 330),
  };
}

function identitiesFor(random: Random, channel: Channel, index: number, phone: string): IdentityInput[] {
  const id = String(index + 1).padStart(6, '0');
  switch (channel) {
    case 'app':
      return [
        { kind: 'app_member', value: `APP${id}` },
        { kind: 'phone', value: phone },
      ];
    case 'mini_program':
      return [
        { kind: 'wechat_openid', value: `oHB_${id}${random.int(1000, 9999)}` },
        { kind: 'wechat_unionid', value: `uHB_${id}` },
        ...(random.next() < 0.6 ? [{ kind: 'phone' as const, value: phone }] : []),
      ];
    case 'pos':
      return [
        { kind: 'card', value: `HB${id}` },
        { kind: 'phone', value: phone },
      ];
    default:
      return [
        { kind: 'platform_user', namespace: random.pick(['meituan', 'eleme']), value: `mt${id}` },
        { kind: 'phone', value: phone },
      ];
  }
}

/** Marsaglia–Tsang gamma variate with unit scale (shape ≥ 1 via boost for shape < 1). */
function gamma(random: Random, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * Math.pow(random.next() || 1e-12, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = Math.pow(1 + c * x, 3);
    if (v > 0 && Math.log(random.next() || 1e-12) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(random.next() || 1e-12)) * Math.cos(2 * Math.PI * random.next());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
