import type { Channel, ColumnRef, ImportKind, ImportMapping } from '@regulars/contracts';
import { normaliseIdentity } from '../guests/index';
import { localParts, parseDateTime, toIsoDate, wallClockToInstant } from './date-time.rules';
import { resolver, type Getter, type RowCtx } from './column-resolver.rules';
import { parseGender, parseMoneyToFen, parseQuantity } from './import-values.rules';
import type {
  GuestRow,
  MappedIdentity,
  MappedLine,
  MappingContext,
  OrderRow,
  Quirk,
  RowResult,
  StoreRef,
} from './import-rows.types';

export type {
  BadReason,
  GuestRow,
  LookupTable,
  MappedIdentity,
  MappedLine,
  MappingContext,
  OrderRow,
  Quirk,
  RowResult,
  StoreRef,
} from './import-rows.types';

type When = { instant: Date; iso: string; date: string; hour: number; dow: number };

/** A compiled mapping: reads one CSV record into a row of its kind. */
export type CompiledMapping =
  | { kind: 'orders'; read: (fields: string[]) => RowResult<OrderRow> }
  | { kind: 'guests'; read: (fields: string[]) => RowResult<GuestRow> };

/**
 * Checks a mapping against the file's header and compiles it into a row reader. Problems (a
 * column not in the file, a required field not mapped, no store) come back as sentences naming
 * the columns the file has.
 */
export function compileMapping(
  mapping: ImportMapping,
  kind: ImportKind,
  header: string[],
  context: MappingContext,
): { ok: true; mapping: CompiledMapping } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const columns = resolver(header, context.lookups, problems, new Set(mapping.nulls));
  const lookupSteps = context.lookups.map((table) => {
    const declared = mapping.lookups.find((l) => l.name === table.name);
    return { table, match: columns(declared?.match ?? table.name, 'lookup match') };
  });
  const opt = (ref: ColumnRef | undefined, what: string, joiner = '-') =>
    ref === undefined ? undefined : columns(ref, what, joiner);
  const c = mapping.columns;
  const identities = mapping.identities.map((i) => ({
    get: columns(i.column, `identity ${i.kind}`),
    kind: i.kind,
    namespace: i.kind === 'platform_user' ? (i.namespace ?? 'unknown') : '',
    ignore: new Set(i.ignore),
  }));
  const storeColumn = mapping.store ? columns(mapping.store.column, 'store') : undefined;
  if (kind === 'orders') {
    if (!c.orderId) problems.push('Map columns.orderId (the order or invoice number).');
    if (!c.placedAt) problems.push('Map columns.placedAt (the date and time of the order).');
    if (!c.itemName && !c.sku) problems.push('Map columns.itemName or columns.sku.');
    if (!mapping.store && !context.defaultStore)
      problems.push('Give a store for every row (--store) or map a store column.');
  } else if (identities.length === 0) {
    problems.push('Map at least one identity column (customer id, card, phone or e-mail).');
  }
  const g = {
    orderId: opt(c.orderId, 'orderId'),
    placedAt: opt(c.placedAt, 'placedAt', ' '),
    sku: opt(c.sku, 'sku'),
    itemName: opt(c.itemName, 'itemName', ' '),
    category: opt(c.category, 'category', ' '),
    size: opt(c.size, 'size'),
    quantity: opt(c.quantity, 'quantity'),
    unitPrice: opt(c.unitPrice, 'unitPrice'),
    lineAmount: opt(c.lineAmount, 'lineAmount'),
    paymentMethod: opt(c.paymentMethod, 'paymentMethod'),
    name: opt(c.name, 'name', ' '),
    birthday: opt(c.birthday, 'birthday', ' '),
    gender: opt(c.gender, 'gender'),
    language: opt(c.language, 'language'),
    cancel: mapping.cancellation ? columns(mapping.cancellation.column, 'cancellation') : undefined,
    channel: typeof mapping.channel === 'string' ? undefined : columns(mapping.channel.column, 'channel'),
  };
  if (problems.length > 0) return { ok: false, problems };

  const toCtx = (fields: string[]): RowCtx => {
    const row: RowCtx = { fields, found: [] };
    for (const step of lookupSteps) row.found.push(step.table.rows.get(step.match(row)));
    return row;
  };
  const readIdentities = (row: RowCtx, quirks: Quirk[]): { list: MappedIdentity[]; invalid: string[] } => {
    const list: MappedIdentity[] = [];
    const invalid: string[] = [];
    for (const spec of identities) {
      const raw = spec.get(row);
      if (raw === '' || spec.ignore.has(raw)) continue;
      const normal = normaliseIdentity(spec.kind, raw);
      if (normal.ok) list.push({ kind: spec.kind, namespace: spec.namespace, value: normal.value });
      else {
        invalid.push(`${spec.kind}: ${normal.reason}`);
        if (!quirks.includes('invalid_identity')) quirks.push('invalid_identity');
      }
    }
    return { list, invalid };
  };
  const readStore = (row: RowCtx): Exclude<RowResult<StoreRef>, { kind: 'skip' }> | null => {
    if (!storeColumn || !mapping.store)
      return context.defaultStore ? { kind: 'row', row: context.defaultStore } : null;
    const code = storeColumn(row);
    if (code === '') {
      return context.defaultStore
        ? { kind: 'row', row: context.defaultStore }
        : { kind: 'bad', reason: 'missing_store' };
    }
    const store = context.stores.get(mapping.store.codes[code] ?? code);
    return store ? { kind: 'row', row: store } : { kind: 'bad', reason: 'unknown_store', detail: code };
  };
  const channelOf = (row: RowCtx): Channel => {
    if (typeof mapping.channel === 'string') return mapping.channel;
    return mapping.channel.values[g.channel!(row)] ?? mapping.channel.default;
  };
  const text = (getter: Getter | undefined, row: RowCtx): string | null => {
    if (!getter) return null;
    const value = getter(row);
    return value === '' ? null : value;
  };

  if (kind === 'guests') {
    const read = (fields: string[]): RowResult<GuestRow> => {
      const row = toCtx(fields);
      const quirks: Quirk[] = [];
      const { list, invalid } = readIdentities(row, quirks);
      if (list.length === 0)
        return { kind: 'bad', reason: 'no_identity', detail: invalid.join('; ') || undefined };
      const store = readStore(row);
      if (store && store.kind === 'bad') return store;
      let birthday: string | null = null;
      const birthdayText = text(g.birthday, row);
      if (birthdayText !== null) {
        const clock = parseDateTime(birthdayText, mapping.dateOrder);
        if (clock) birthday = toIsoDate(clock);
        else quirks.push('unreadable_birthday');
      }
      const genderText = text(g.gender, row);
      const gender = genderText === null ? null : parseGender(genderText, mapping.genders);
      if (genderText !== null && gender === null) quirks.push('unknown_gender');
      return {
        kind: 'row',
        row: {
          identities: list,
          name: text(g.name, row),
          birthday,
          gender,
          language: text(g.language, row),
          store: store && store.kind === 'row' ? store.row : null,
          quirks,
        },
      };
    };
    return { ok: true, mapping: { kind: 'guests', read } };
  }

  const cancelPrefix = mapping.cancellation?.prefix;
  // Rows of one order share their timestamp: remember the last one read.
  let lastWhen: { text: string; zone: string; value: When | null } | undefined;
  const placedAt = (value: string, zone: string): When | null => {
    if (lastWhen && lastWhen.text === value && lastWhen.zone === zone) return lastWhen.value;
    const clock = parseDateTime(value, mapping.dateOrder);
    let when: When | null = null;
    if (clock) {
      const instant = wallClockToInstant(clock, zone);
      when = { instant, iso: instant.toISOString(), ...localParts(instant, zone) };
    }
    lastWhen = { text: value, zone, value: when };
    return when;
  };
  const read = (fields: string[]): RowResult<OrderRow> => {
    const row = toCtx(fields);
    const orderExt = g.orderId!(row);
    if (orderExt === '') return { kind: 'bad', reason: 'missing_order_id' };
    const store = readStore(row);
    if (!store) return { kind: 'bad', reason: 'missing_store' };
    if (store.kind === 'bad') return store;
    const placedText = g.placedAt!(row);
    if (placedText === '') return { kind: 'bad', reason: 'missing_date' };
    const when = placedAt(placedText, store.row.timezone);
    if (!when) return { kind: 'bad', reason: 'unreadable_date', detail: placedText.slice(0, 40) };
    const quantityText = text(g.quantity, row);
    const parsedQuantity = quantityText === null ? 1 : parseQuantity(quantityText);
    if (parsedQuantity === null)
      return { kind: 'bad', reason: 'unreadable_quantity', detail: quantityText?.slice(0, 20) };
    const unitText = text(g.unitPrice, row);
    const unit = unitText === null ? null : parseMoneyToFen(unitText, mapping.amountUnit);
    if (unitText !== null && unit === null)
      return { kind: 'bad', reason: 'unreadable_price', detail: unitText.slice(0, 20) };
    const amountText = text(g.lineAmount, row);
    const amount = amountText === null ? null : parseMoneyToFen(amountText, mapping.amountUnit);
    if (amountText !== null && amount === null)
      return { kind: 'bad', reason: 'unreadable_price', detail: amountText.slice(0, 20) };

    const cancel = cancelPrefix !== undefined && g.cancel!(row).startsWith(cancelPrefix);
    const quirks: Quirk[] = cancel ? ['cancellation'] : [];
    if (!cancel) {
      if (parsedQuantity < 0) return { kind: 'skip', quirk: 'negative_quantity' };
      if (parsedQuantity === 0) return { kind: 'skip', quirk: 'zero_quantity' };
      if ((unit ?? 0) < 0 || (amount ?? 0) < 0) return { kind: 'skip', quirk: 'negative_price' };
    }
    const quantity = Math.abs(parsedQuantity);
    const { list } = readIdentities(row, quirks);
    if (list.length === 0) quirks.push('missing_customer');
    const sku = text(g.sku, row);
    const name = text(g.itemName, row) ?? sku;
    let line: MappedLine | null = null;
    if (name === null) {
      quirks.push('missing_item');
    } else {
      let unitPriceFen = unit === null ? null : Math.abs(unit);
      let amountFen = amount === null ? null : Math.abs(amount);
      if (unitPriceFen === null && amountFen !== null)
        unitPriceFen = quantity > 0 ? Math.round(amountFen / quantity) : 0;
      if (unitPriceFen === null) {
        quirks.push('missing_price');
        unitPriceFen = 0;
      }
      amountFen ??= unitPriceFen * quantity;
      if (unitPriceFen === 0 && amountFen === 0 && !quirks.includes('missing_price'))
        quirks.push('zero_price');
      line = {
        sku,
        name: name.slice(0, 120),
        category: text(g.category, row),
        size: text(g.size, row),
        quantity,
        unitPriceFen,
        amountFen,
      };
    }
    return {
      kind: 'row',
      row: {
        orderExt: orderExt.slice(0, 120),
        store: store.row,
        placedAt: when.instant,
        placedIso: when.iso,
        localDate: when.date,
        localHour: when.hour,
        localDow: when.dow,
        channel: channelOf(row),
        paymentMethod: text(g.paymentMethod, row),
        identities: list,
        cancel,
        line,
        quirks,
      },
    };
  };
  return { ok: true, mapping: { kind: 'orders', read } };
}
