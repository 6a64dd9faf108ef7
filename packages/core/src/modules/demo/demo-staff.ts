import type { CreateStaffInput, Role } from '@regulars/contracts';
import type { Random } from './random';

const FAMILY = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
];
const PINYIN: Record<string, string> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  杨: 'yang',
  黄: 'huang',
  赵: 'zhao',
  吴: 'wu',
  周: 'zhou',
  徐: 'xu',
  孙: 'sun',
  马: 'ma',
  朱: 'zhu',
  胡: 'hu',
  郭: 'guo',
  伟: 'wei',
  芳: 'fang',
  娜: 'na',
  敏: 'min',
  静: 'jing',
  磊: 'lei',
  洋: 'yang',
  艳: 'yan',
  勇: 'yong',
  军: 'jun',
  杰: 'jie',
  娟: 'juan',
  涛: 'tao',
  明: 'ming',
  超: 'chao',
  霞: 'xia',
  平: 'ping',
  刚: 'gang',
};
const DOMAIN = 'hearth-bean.example';

/**
 * The demo staff: a brand admin, two marketers, three service agents, an analyst, an auditor,
 * and for every store a manager and two cashiers. Names and e-mails come from the seed.
 */
export function demoStaff(random: Random, storeIds: readonly string[]): CreateStaffInput[] {
  const used = new Set<string>();
  const person = (role: Role, stores: string[] | null): CreateStaffInput => {
    for (;;) {
      const family = random.pick(FAMILY);
      const given = random.pick(GIVEN);
      const local = `${PINYIN[given]}.${PINYIN[family]}`;
      const email = used.has(local) ? `${local}${used.size}@${DOMAIN}` : `${local}@${DOMAIN}`;
      if (used.has(email)) continue;
      used.add(local);
      used.add(email);
      return { email, name: `${family}${given}`, role, storeIds: stores };
    }
  };
  const staff: CreateStaffInput[] = [
    person('brand_admin', null),
    person('marketer', null),
    person('marketer', null),
    person('service_agent', null),
    person('service_agent', null),
    person('service_agent', null),
    person('analyst', null),
    person('auditor', null),
  ];
  for (const storeId of storeIds) {
    staff.push(
      person('store_manager', [storeId]),
      person('cashier', [storeId]),
      person('cashier', [storeId]),
    );
  }
  return staff;
}
