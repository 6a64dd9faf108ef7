import type { CreateStoreInput, DistrictType } from '@regulars/contracts';

/** The demo brand: a pizza line and a coffee line, 12 stores in three cities. */
export const DEMO_BRAND = { name: 'Hearth & Bean 炉豆', currency: 'CNY' } as const;

type DemoStore = Omit<CreateStoreInput, 'brandId'> & { districtType: DistrictType };

/** The demo stores: two pizza and two coffee stores in each of Shanghai, Beijing and Chengdu. */
export const DEMO_STORES: readonly DemoStore[] = [
  {
    code: 'SH-P01',
    name: '炉豆披萨 · 静安寺',
    line: 'pizza',
    city: '上海',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'SH-P02',
    name: '炉豆披萨 · 五角场',
    line: 'pizza',
    city: '上海',
    districtType: 'school',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'SH-C01',
    name: '炉豆咖啡 · 陆家嘴',
    line: 'coffee',
    city: '上海',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'SH-C02',
    name: '炉豆咖啡 · 古北',
    line: 'coffee',
    city: '上海',
    districtType: 'residential',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'BJ-P01',
    name: '炉豆披萨 · 国贸',
    line: 'pizza',
    city: '北京',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'BJ-P02',
    name: '炉豆披萨 · 五道口',
    line: 'pizza',
    city: '北京',
    districtType: 'school',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'BJ-C01',
    name: '炉豆咖啡 · 望京',
    line: 'coffee',
    city: '北京',
    districtType: 'residential',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'BJ-C02',
    name: '炉豆咖啡 · 中关村',
    line: 'coffee',
    city: '北京',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'CD-P01',
    name: '炉豆披萨 · 春熙路',
    line: 'pizza',
    city: '成都',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'CD-P02',
    name: '炉豆披萨 · 玉林',
    line: 'pizza',
    city: '成都',
    districtType: 'residential',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'CD-C01',
    name: '炉豆咖啡 · 太古里',
    line: 'coffee',
    city: '成都',
    districtType: 'business',
    timezone: 'Asia/Shanghai',
  },
  {
    code: 'CD-C02',
    name: '炉豆咖啡 · 川大望江',
    line: 'coffee',
    city: '成都',
    districtType: 'school',
    timezone: 'Asia/Shanghai',
  },
];
