import type { MenuItemInput } from '@regulars/contracts';

type Dish = { sku: string; name: string; category: string; sizes: ReadonlyArray<[string, number]> };

/** Pizza line: prices in fen per size. */
const PIZZA: readonly Dish[] = [
  {
    sku: 'PZ-MARG',
    name: '玛格丽特披萨 Margherita',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 5800],
      ['12"', 8800],
    ],
  },
  {
    sku: 'PZ-PEPP',
    name: '意式辣肠披萨 Pepperoni',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 6800],
      ['12"', 9800],
    ],
  },
  {
    sku: 'PZ-DURI',
    name: '榴莲披萨 Durian',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 7800],
      ['12"', 11800],
    ],
  },
  {
    sku: 'PZ-BBQC',
    name: '烧烤鸡肉披萨 BBQ Chicken',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 6800],
      ['12"', 9800],
    ],
  },
  {
    sku: 'PZ-SEAF',
    name: '海鲜至尊披萨 Seafood',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 8800],
      ['12"', 12800],
    ],
  },
  {
    sku: 'PZ-VEGG',
    name: '田园蔬菜披萨 Veggie',
    category: '披萨 Pizza',
    sizes: [
      ['9"', 5800],
      ['12"', 8800],
    ],
  },
  { sku: 'SD-WING', name: '新奥尔良烤翅 Wings', category: '小食 Sides', sizes: [['6 pcs', 3200]] },
  { sku: 'SD-FRIE', name: '薯条 Fries', category: '小食 Sides', sizes: [['Regular', 1800]] },
  { sku: 'SD-SALA', name: '凯撒沙拉 Caesar Salad', category: '小食 Sides', sizes: [['Regular', 3600]] },
  { sku: 'DR-COLA', name: '可乐 Cola', category: '饮品 Drinks', sizes: [['Regular', 1200]] },
  { sku: 'DR-LEMT', name: '柠檬茶 Lemon Tea', category: '饮品 Drinks', sizes: [['Regular', 1800]] },
];

/** Coffee line. */
const COFFEE: readonly Dish[] = [
  {
    sku: 'CF-AMER',
    name: '美式 Americano',
    category: '咖啡 Coffee',
    sizes: [
      ['Tall', 2500],
      ['Grande', 2900],
    ],
  },
  {
    sku: 'CF-LATT',
    name: '拿铁 Latte',
    category: '咖啡 Coffee',
    sizes: [
      ['Tall', 3000],
      ['Grande', 3400],
    ],
  },
  { sku: 'CF-FLAT', name: '澳白 Flat White', category: '咖啡 Coffee', sizes: [['Tall', 3200]] },
  {
    sku: 'CF-COCO',
    name: '生椰拿铁 Coconut Latte',
    category: '咖啡 Coffee',
    sizes: [
      ['Tall', 3200],
      ['Grande', 3600],
    ],
  },
  { sku: 'CF-COLD', name: '冷萃 Cold Brew', category: '咖啡 Coffee', sizes: [['Grande', 3300]] },
  { sku: 'TE-MATC', name: '抹茶拿铁 Matcha Latte', category: '茶饮 Tea', sizes: [['Tall', 3000]] },
  { sku: 'BK-CROI', name: '可颂 Croissant', category: '烘焙 Bakery', sizes: [['1 pc', 1800]] },
  { sku: 'BK-BAGL', name: '贝果 Bagel', category: '烘焙 Bakery', sizes: [['1 pc', 1600]] },
  { sku: 'BK-CAKE', name: '芝士蛋糕 Cheesecake', category: '烘焙 Bakery', sizes: [['1 slice', 3200]] },
  { sku: 'BK-SAND', name: '火腿三明治 Ham Sandwich', category: '简餐 Light meals', sizes: [['1 pc', 2800]] },
];

/** Every sellable size of the demo menu, one menu item each (sku `PZ-MARG-9"` …). */
export function demoMenu(): MenuItemInput[] {
  const items: MenuItemInput[] = [];
  for (const [line, dishes] of [
    ['pizza', PIZZA],
    ['coffee', COFFEE],
  ] as const) {
    for (const dish of dishes) {
      for (const [size, priceFen] of dish.sizes) {
        items.push({
          sku: dish.sizes.length > 1 ? `${dish.sku}-${size.replace(/\W/g, '')}` : dish.sku,
          name: dish.name,
          category: dish.category,
          size,
          line,
          priceFen,
          active: true,
          unavailableStoreIds: [],
        });
      }
    }
  }
  return items;
}
