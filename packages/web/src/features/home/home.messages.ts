/** The overview page (English). */
export const homeEn = {
  title: 'Welcome, {{name}}',
  subtitle: 'You are signed in as {{role}}.',
  brands: 'Brands',
  stores: 'Stores',
  openStores: 'Open stores',
  cities: 'Cities',
  currency: 'Currency: {{currency}}',
  since: 'Since {{date}}',
  byCity: 'Stores by city',
  byDistrict: 'Stores by district type',
  inScope: 'Stores in your scope',
  noBrand: 'No brand has been set up yet.',
  createBrand: 'Set up your brand',
  noOrgAccess: 'Your role does not include the store overview. Use the menu on the left for your tasks.',
  storeCount_one: '{{count}} store',
  storeCount_other: '{{count}} stores',
};

/** The overview page (Simplified Chinese). */
export const homeZhCN: typeof homeEn = {
  title: '欢迎，{{name}}',
  subtitle: '你当前的角色是{{role}}。',
  brands: '品牌',
  stores: '门店',
  openStores: '营业中门店',
  cities: '城市',
  currency: '结算币种：{{currency}}',
  since: '创建于 {{date}}',
  byCity: '各城市门店数',
  byDistrict: '各商圈类型门店数',
  inScope: '你可查看的门店',
  noBrand: '尚未设置品牌。',
  createBrand: '设置品牌',
  noOrgAccess: '你的角色不包含门店概览，请使用左侧菜单处理你的工作。',
  storeCount_one: '{{count}} 家门店',
  storeCount_other: '{{count}} 家门店',
};
