import type { Action, DistrictType, Role } from '@regulars/contracts';

/** `org.read` → `org_read`: i18next reads dots as nesting. */
type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : never;
export type ActionKey = Underscored<Action>;

const roles = {
  owner: 'Owner',
  brand_admin: 'Brand admin',
  store_manager: 'Store manager',
  cashier: 'Cashier',
  marketer: 'Marketer',
  service_agent: 'Service agent',
  analyst: 'Analyst',
  auditor: 'Auditor',
} satisfies Record<Role, string>;

const actions = {
  org_read: 'View brand and stores',
  org_manage: 'Manage brand and stores',
  staff_read: 'View staff',
  staff_manage: 'Manage staff',
  api_keys_manage: 'Manage API keys',
  audit_read: 'Read the audit log',
} satisfies Record<ActionKey, string>;

const districts = {
  business: 'Business district',
  residential: 'Residential',
  school: 'School',
  transit: 'Transit hub',
  tourist: 'Tourist area',
  other: 'Other',
} satisfies Record<DistrictType, string>;

/** Words used all over the console (English). */
export const commonEn = {
  common: {
    appName: 'Regulars',
    loading: 'Loading…',
    save: 'Save',
    cancel: 'Cancel',
    create: 'Create',
    edit: 'Edit',
    close: 'Close',
    apply: 'Apply',
    reset: 'Reset',
    retry: 'Try again',
    loadMore: 'Load more',
    noMore: 'That is everything.',
    actions: 'Actions',
    allStores: 'All stores',
    none: '—',
    yes: 'Yes',
    no: 'No',
    copy: 'Copy',
    copied: 'Copied',
    saved: 'Saved',
    requestId: 'Request ID: {{requestId}}',
    forbiddenTitle: 'Not available for your role',
    forbiddenText: 'Ask an owner or brand admin if you need access to this page.',
    notFoundTitle: 'Page not found',
    backHome: 'Back to home',
    required: 'Please fill in {{field}}.',
    requiredChoice: 'Please choose {{field}}.',
    emailInvalid: 'Please enter a valid e-mail address.',
    maxLength: '{{field}} can be at most {{max}} characters.',
    secretDone: 'I have copied it',
    secretWarning: 'This will not be shown again. Copy it now and hand it over safely.',
  },
  nav: {
    home: 'Home',
    stores: 'Stores',
    staff: 'Staff',
    apiKeys: 'API keys',
    audit: 'Audit log',
  },
  header: {
    storeScope: 'Store scope',
    language: 'Language',
    changePassword: 'Change password',
    logout: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
  },
  roles,
  actions,
  districts,
  staffStatus: { active: 'Active', disabled: 'Disabled' },
  storeStatus: { open: 'Open', closed: 'Closed' },
};

type CommonMessages = typeof commonEn;

/** Words used all over the console (Simplified Chinese). */
export const commonZhCN: CommonMessages = {
  common: {
    appName: '熟客',
    loading: '加载中…',
    save: '保存',
    cancel: '取消',
    create: '创建',
    edit: '编辑',
    close: '关闭',
    apply: '筛选',
    reset: '重置',
    retry: '重试',
    loadMore: '加载更多',
    noMore: '已经全部加载。',
    actions: '操作',
    allStores: '全部门店',
    none: '—',
    yes: '是',
    no: '否',
    copy: '复制',
    copied: '已复制',
    saved: '已保存',
    requestId: '请求编号：{{requestId}}',
    forbiddenTitle: '你的角色无权使用此页面',
    forbiddenText: '如需访问，请联系品牌所有者或品牌管理员。',
    notFoundTitle: '页面不存在',
    backHome: '返回首页',
    required: '请填写{{field}}。',
    requiredChoice: '请选择{{field}}。',
    emailInvalid: '请输入有效的电子邮箱地址。',
    maxLength: '{{field}}最多 {{max}} 个字符。',
    secretDone: '我已复制',
    secretWarning: '此内容不会再次显示。请立即复制并安全地转交。',
  },
  nav: {
    home: '首页',
    stores: '门店',
    staff: '员工',
    apiKeys: 'API 密钥',
    audit: '审计日志',
  },
  header: {
    storeScope: '门店范围',
    language: '语言',
    changePassword: '修改密码',
    logout: '退出登录',
    signedInAs: '当前用户：{{name}}',
  },
  roles: {
    owner: '品牌所有者',
    brand_admin: '品牌管理员',
    store_manager: '店长',
    cashier: '收银员',
    marketer: '营销专员',
    service_agent: '客服专员',
    analyst: '数据分析师',
    auditor: '审计员',
  },
  actions: {
    org_read: '查看品牌和门店',
    org_manage: '管理品牌和门店',
    staff_read: '查看员工',
    staff_manage: '管理员工',
    api_keys_manage: '管理 API 密钥',
    audit_read: '查看审计日志',
  },
  districts: {
    business: '商务区',
    residential: '居民区',
    school: '学校周边',
    transit: '交通枢纽',
    tourist: '旅游景区',
    other: '其他',
  },
  staffStatus: { active: '在职', disabled: '已停用' },
  storeStatus: { open: '营业中', closed: '已关闭' },
};

/** The message key of an action's label: `org.read` → `org_read`. */
export function actionKey(action: Action): ActionKey {
  return action.replace('.', '_') as ActionKey;
}
