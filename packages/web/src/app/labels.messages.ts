import type {
  Channel,
  Consent,
  Daypart,
  GuestSummary,
  IdentityKind,
  Order,
  RevealInput,
} from '@regulars/contracts';

type Purpose = RevealInput['purpose'];

/** Names of the values of shared enums (channels, statuses, purposes …), English. */
export const labelsEn = {
  channels: {
    dine_in: 'Dine-in',
    takeaway: 'Takeaway',
    delivery: 'Delivery',
    app: 'App',
    mini_program: 'Mini-program',
    pos: 'POS',
    web: 'Website',
    import: 'Import',
  } satisfies Record<Channel, string>,
  guestStatus: { active: 'Active', merged: 'Merged', erased: 'Erased' } satisfies Record<
    GuestSummary['status'],
    string
  >,
  orderStatus: {
    completed: 'Completed',
    partially_refunded: 'Partly refunded',
    refunded: 'Refunded',
    cancelled: 'Cancelled',
  } satisfies Record<Order['status'], string>,
  identityKinds: {
    phone: 'Phone',
    email: 'E-mail',
    wechat_openid: 'WeChat OpenID',
    wechat_unionid: 'WeChat UnionID',
    app_member: 'App member ID',
    platform_user: 'Platform user ID',
    card: 'Membership card',
  } satisfies Record<IdentityKind, string>,
  purposes: {
    service: 'Serving the guest',
    order_follow_up: 'Following up an order',
    complaint: 'Handling a complaint',
    marketing: 'Marketing (with consent)',
    data_subject_request: 'Data-subject request',
  } satisfies Record<Purpose, string>,
  consentPurposes: {
    service: 'Service messages',
    marketing: 'Marketing',
    profiling: 'Profiling and recommendations',
  } satisfies Record<Consent['purpose'], string>,
  consentChannels: { sms: 'SMS', email: 'E-mail', wechat: 'WeChat', push: 'App push' } satisfies Record<
    Consent['channel'],
    string
  >,
  dayparts: {
    breakfast: 'Breakfast',
    lunch: 'Lunch',
    afternoon: 'Afternoon',
    dinner: 'Dinner',
    late: 'Late night',
  } satisfies Record<Daypart, string>,
  daypartHours: {
    breakfast: 'before 10:30',
    lunch: '10:30–14:00',
    afternoon: '14:00–17:00',
    dinner: '17:00–21:00',
    late: 'after 21:00',
  } satisfies Record<Daypart, string>,
};

/** Names of the values of shared enums, Simplified Chinese. */
export const labelsZhCN: typeof labelsEn = {
  channels: {
    dine_in: '堂食',
    takeaway: '外带自取',
    delivery: '外卖',
    app: 'App',
    mini_program: '小程序',
    pos: '收银台',
    web: '官网',
    import: '导入',
  },
  guestStatus: { active: '正常', merged: '已合并', erased: '已删除' },
  orderStatus: {
    completed: '已完成',
    partially_refunded: '部分退款',
    refunded: '已退款',
    cancelled: '已取消',
  },
  identityKinds: {
    phone: '手机号',
    email: '邮箱',
    wechat_openid: '微信 OpenID',
    wechat_unionid: '微信 UnionID',
    app_member: 'App 会员号',
    platform_user: '平台用户号',
    card: '会员卡号',
  },
  purposes: {
    service: '为顾客提供服务',
    order_follow_up: '订单跟进',
    complaint: '处理投诉',
    marketing: '营销（已获同意）',
    data_subject_request: '顾客本人数据请求',
  },
  consentPurposes: { service: '服务通知', marketing: '营销推广', profiling: '画像与个性化推荐' },
  consentChannels: { sms: '短信', email: '邮件', wechat: '微信', push: 'App 推送' },
  dayparts: { breakfast: '早餐', lunch: '午餐', afternoon: '下午茶', dinner: '晚餐', late: '夜宵' },
  daypartHours: {
    breakfast: '10:30 前',
    lunch: '10:30–14:00',
    afternoon: '14:00–17:00',
    dinner: '17:00–21:00',
    late: '21:00 后',
  },
};
