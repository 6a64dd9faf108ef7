import { describe, expect, it } from 'vitest';
import { importMappingSchema, type ImportMappingInput } from '@regulars/contracts';
import { compileMapping, type LookupTable, type MappingContext, type StoreRef } from './import-mapping.rules';
import { parseGender, parseMoneyToFen, parseQuantity } from './import-values.rules';

const shanghai: StoreRef = { id: 'sto_1', code: 'SH-01', timezone: 'Asia/Shanghai' };
const london: StoreRef = { id: 'sto_2', code: 'LDN', timezone: 'Europe/London' };
const context: MappingContext = {
  stores: new Map([
    ['SH-01', shanghai],
    ['LDN', london],
  ]),
  defaultStore: shanghai,
  lookups: [],
};

const ORDER_HEADER = ['Invoice', 'When', 'Item', 'Name', 'Qty', 'Price', 'Customer', 'Shop'];
const orderMapping: ImportMappingInput = {
  name: 'shop',
  identities: [{ column: 'Customer', kind: 'app_member', ignore: ['0'] }],
  columns: {
    orderId: 'Invoice',
    placedAt: 'When',
    sku: 'Item',
    itemName: 'Name',
    quantity: 'Qty',
    unitPrice: 'Price',
  },
  cancellation: { column: 'Invoice', prefix: 'C' },
};

function ordersReader(mapping: ImportMappingInput = orderMapping, header = ORDER_HEADER, ctx = context) {
  const compiled = compileMapping(importMappingSchema.parse(mapping), 'orders', header, ctx);
  if (!compiled.ok || compiled.mapping.kind !== 'orders') throw new Error(JSON.stringify(compiled));
  return compiled.mapping.read;
}

describe('compileMapping', () => {
  it('names a mapped column that is not in the file, listing the columns it has', () => {
    const compiled = compileMapping(
      importMappingSchema.parse({
        ...orderMapping,
        columns: { ...orderMapping.columns, quantity: 'Quantity' },
      }),
      'orders',
      ORDER_HEADER,
      context,
    );
    expect(compiled).toEqual({
      ok: false,
      problems: [expect.stringMatching(/"Quantity".*Columns: Invoice, When/)],
    });
  });

  it.each([
    [
      'orders without an order id',
      'orders',
      { name: 'x', columns: { placedAt: 'When', itemName: 'Name' } },
      /orderId/,
    ],
    ['orders without a store', 'orders', orderMapping, /store/],
    ['guests without an identity', 'guests', { name: 'x', columns: { name: 'Name' } }, /identity/],
  ] as const)('refuses %s', (_name, kind, mapping, problem) => {
    const compiled = compileMapping(importMappingSchema.parse(mapping), kind, ORDER_HEADER, {
      ...context,
      defaultStore: null,
    });
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.problems.join(' ')).toMatch(problem);
  });

  it('matches header names ignoring case and spaces', () => {
    const read = ordersReader(orderMapping, [
      'invoice',
      'WHEN',
      'item',
      ' name ',
      'qty',
      'price',
      'customer',
      'shop',
    ]);
    expect(read(['1', '2024-01-02 10:00', 'A', 'Tea', '1', '3', '', '']).kind).toBe('row');
  });
});

describe('reading order rows', () => {
  const read = ordersReader();
  const row = (fields: string[]) => read(fields);

  it('reads a line: store-local time, fen, customer identity', () => {
    const result = row(['536365', '2010-12-01 08:26:00', '85123A', 'WHITE HEART', '6', '2.55', '17850', '']);
    expect(result).toMatchObject({
      kind: 'row',
      row: {
        orderExt: '536365',
        placedIso: '2010-12-01T00:26:00.000Z',
        localDate: '2010-12-01',
        localHour: 8,
        localDow: 2,
        channel: 'import',
        identities: [{ kind: 'app_member', namespace: '', value: '17850' }],
        cancel: false,
        line: { sku: '85123A', name: 'WHITE HEART', quantity: 6, unitPriceFen: 255, amountFen: 1530 },
        quirks: [],
      },
    });
  });

  it.each([
    ['no order id', ['', '2010-12-01', 'A', 'x', '1', '1', '', ''], 'missing_order_id'],
    ['no date', ['1', '', 'A', 'x', '1', '1', '', ''], 'missing_date'],
    ['an unreadable date', ['1', 'someday', 'A', 'x', '1', '1', '', ''], 'unreadable_date'],
    ['a fractional quantity', ['1', '2010-12-01', 'A', 'x', '1.5', '1', '', ''], 'unreadable_quantity'],
    ['an unreadable price', ['1', '2010-12-01', 'A', 'x', '1', 'abc', '', ''], 'unreadable_price'],
  ])('refuses a row with %s', (_name, fields, reason) => {
    expect(row(fields)).toMatchObject({ kind: 'bad', reason });
  });

  it.each([
    ['a negative quantity', ['1', '2010-12-01', 'A', 'x', '-3', '1', '', ''], 'negative_quantity'],
    ['a zero quantity', ['1', '2010-12-01', 'A', 'x', '0', '1', '', ''], 'zero_quantity'],
    ['a negative price', ['A1', '2010-12-01', 'B', 'bad debt', '1', '-11062.06', '', ''], 'negative_price'],
  ])('skips %s as a quirk', (_name, fields, quirk) => {
    expect(row(fields)).toEqual({ kind: 'skip', quirk });
  });

  it.each([
    ['no customer (anonymous order)', ['1', '2010-12-01', 'A', 'x', '1', '1', '', ''], ['missing_customer']],
    ['a placeholder customer', ['1', '2010-12-01', 'A', 'x', '1', '1', '0', ''], ['missing_customer']],
    ['a free item', ['1', '2010-12-01', 'A', 'x', '1', '0', '7', ''], ['zero_price']],
    ['no item', ['1', '2010-12-01', '', '', '1', '1', '7', ''], ['missing_item']],
    ['a cancellation', ['C1', '2010-12-01', 'A', 'x', '-2', '1.5', '7', ''], ['cancellation']],
  ])('keeps a row with %s and notes the quirk', (_name, fields, quirks) => {
    const result = row(fields);
    expect(result.kind).toBe('row');
    expect(result.kind === 'row' && result.row.quirks).toEqual(quirks);
  });

  it('reads a cancellation with its quantity as a positive number', () => {
    const result = row(['C536379', '2010-12-01 09:41', 'D', 'Discount', '-1', '27.50', '14527', '']);
    expect(result).toMatchObject({
      kind: 'row',
      row: { cancel: true, line: { quantity: 1, unitPriceFen: 2750, amountFen: 2750 } },
    });
  });

  it('maps store codes, reads the channel from a column and treats NULL as empty', () => {
    const readShop = ordersReader(
      {
        ...orderMapping,
        store: { column: 'Shop', codes: { '3': 'LDN' } },
        channel: { column: 'Qty', values: { '2': 'delivery' }, default: 'pos' },
      },
      ORDER_HEADER,
      { ...context, defaultStore: null },
    );
    expect(readShop(['1', '2024-07-01 09:00', 'A', 'x', '2', '1', 'NULL', '3'])).toMatchObject({
      kind: 'row',
      row: {
        store: london,
        placedIso: '2024-07-01T08:00:00.000Z',
        channel: 'delivery',
        quirks: ['missing_customer'],
      },
    });
    expect(readShop(['1', '2024-07-01 09:00', 'A', 'x', '1', '1', '', '9'])).toEqual({
      kind: 'bad',
      reason: 'unknown_store',
      detail: '9',
    });
    expect(readShop(['1', '2024-07-01 09:00', 'A', 'x', '1', '1', '', ''])).toMatchObject({
      kind: 'bad',
      reason: 'missing_store',
    });
  });

  it('joins lookup files and several columns', () => {
    const pizzas: LookupTable = {
      name: 'pizza',
      header: ['pizza_id', 'size', 'price'],
      rows: new Map([['hawaiian_m', ['hawaiian_m', 'M', '13.25']]]),
    };
    const readPizza = ordersReader(
      {
        name: 'pizza',
        lookups: [{ name: 'pizza', file: 'pizzas.csv', key: 'pizza_id', match: 'pizza_id' }],
        columns: {
          orderId: 'order_id',
          placedAt: ['date', 'time'],
          sku: 'pizza_id',
          size: 'pizza.size',
          unitPrice: 'pizza.price',
          quantity: 'quantity',
        },
      },
      ['order_id', 'date', 'time', 'pizza_id', 'quantity'],
      { ...context, lookups: [pizzas] },
    );
    expect(readPizza(['1', '2015-01-01', '11:38:36', 'hawaiian_m', '2'])).toMatchObject({
      kind: 'row',
      row: {
        placedIso: '2015-01-01T03:38:36.000Z',
        line: { name: 'hawaiian_m', size: 'M', unitPriceFen: 1325, amountFen: 2650 },
      },
    });
  });
});

describe('reading guest rows', () => {
  const mapping: ImportMappingInput = {
    name: 'members',
    identities: [
      { column: 'id', kind: 'app_member' },
      { column: 'phone', kind: 'phone' },
    ],
    columns: { name: 'name', birthday: 'born', gender: 'sex' },
    genders: { N: 'other' },
  };
  const compiled = compileMapping(
    importMappingSchema.parse(mapping),
    'guests',
    ['id', 'phone', 'name', 'born', 'sex'],
    context,
  );
  const read = compiled.ok && compiled.mapping.kind === 'guests' ? compiled.mapping.read : () => undefined;

  it('reads identities, name, birthday and gender', () => {
    expect(read(['42', '138 1234 5678', '王明', '1990/05/06', '男'])).toEqual({
      kind: 'row',
      row: {
        identities: [
          { kind: 'app_member', namespace: '', value: '42' },
          { kind: 'phone', namespace: '', value: '+8613812345678' },
        ],
        name: '王明',
        birthday: '1990-05-06',
        gender: 'male',
        language: null,
        store: shanghai,
        quirks: [],
      },
    });
  });

  it('drops an impossible phone but keeps the row when another identity remains', () => {
    expect(read(['42', '12345', '', 'soon', 'N'])).toMatchObject({
      kind: 'row',
      row: {
        identities: [{ kind: 'app_member' }],
        birthday: null,
        gender: 'other',
        quirks: ['invalid_identity', 'unreadable_birthday'],
      },
    });
  });

  it('refuses a row without any usable identity, saying why', () => {
    expect(read(['', '12345', 'x', '', ''])).toEqual({
      kind: 'bad',
      reason: 'no_identity',
      detail: 'phone: too_short',
    });
  });
});

describe('values', () => {
  it.each([
    ['2.55', 255],
    ['$18.00 ', 1800],
    ['¥1,234.5', 123450],
    ['0.005', 1],
    ['0.004', 0],
    ['-11062.06', -1106206],
    ['(3.00)', -300],
    ['12', 1200],
    ['.5', 50],
  ])('money %j → %d fen', (text, fen) => {
    expect(parseMoneyToFen(text, 'yuan')).toBe(fen);
  });

  it.each(['', 'abc', '1.2.3', '--1'])('refuses money %j', (text) => {
    expect(parseMoneyToFen(text, 'yuan')).toBeNull();
  });

  it('reads whole fen when the mapping says so', () => {
    expect(parseMoneyToFen('1299', 'fen')).toBe(1299);
    expect(parseMoneyToFen('12.99', 'fen')).toBeNull();
  });

  it.each([
    ['3', 3],
    ['3.0', 3],
    ['-2', -2],
    ['1.5', null],
    ['x', null],
  ])('quantity %j → %j', (text, expected) => {
    expect(parseQuantity(text)).toBe(expected);
  });

  it.each([
    ['F', {}, 'female'],
    ['男', {}, 'male'],
    ['N', { N: 'other' as const }, 'other'],
    ['N', {}, null],
    ['', {}, null],
  ])('gender %j with %j → %j', (text, custom, expected) => {
    expect(parseGender(text, custom)).toBe(expected);
  });
});
