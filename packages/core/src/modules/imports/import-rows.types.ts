import type { Channel, IdentityKind } from '@regulars/contracts';
import type { Gender } from './import-values.rules';

/** A store rows can be imported into. */
export type StoreRef = { id: string; code: string; timezone: string };

/** A lookup file read into memory: its header and its rows by key. */
export type LookupTable = { name: string; header: string[]; rows: Map<string, string[]> };

/** An identity after normalisation (value in clear; the service seals and indexes it). */
export type MappedIdentity = { kind: IdentityKind; namespace: string; value: string };

/** Why a row was refused. */
export type BadReason =
  | 'malformed_csv'
  | 'missing_order_id'
  | 'missing_date'
  | 'unreadable_date'
  | 'missing_store'
  | 'unknown_store'
  | 'unreadable_quantity'
  | 'unreadable_price'
  | 'no_identity'
  | 'too_many_lines';

/** Something odd about a row that was still handled (kept, or skipped by rule). */
export type Quirk =
  | 'missing_customer'
  | 'invalid_identity'
  | 'cancellation'
  | 'negative_quantity'
  | 'zero_quantity'
  | 'negative_price'
  | 'zero_price'
  | 'missing_price'
  | 'missing_item'
  | 'duplicate_line'
  | 'unreadable_birthday'
  | 'unknown_gender';

/** One order line as read. */
export type MappedLine = {
  sku: string | null;
  name: string;
  category: string | null;
  size: string | null;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
};

/** A row of an orders file: the order it belongs to, the customer, and its line (if any). */
export type OrderRow = {
  orderExt: string;
  store: StoreRef;
  placedAt: Date;
  /** `placedAt` as ISO text (shared by the rows of one order). */
  placedIso: string;
  localDate: string;
  localHour: number;
  localDow: number;
  channel: Channel;
  paymentMethod: string | null;
  identities: MappedIdentity[];
  cancel: boolean;
  line: MappedLine | null;
  quirks: Quirk[];
};

/** A row of a guests file. */
export type GuestRow = {
  identities: MappedIdentity[];
  name: string | null;
  birthday: string | null;
  gender: Gender | null;
  language: string | null;
  store: StoreRef | null;
  quirks: Quirk[];
};

/** What became of a row: read, refused (bad), or skipped by rule (a quirk such as a negative quantity). */
export type RowResult<T> =
  | { kind: 'row'; row: T }
  | { kind: 'bad'; reason: BadReason; detail?: string }
  | { kind: 'skip'; quirk: Quirk };

/** The stores and lookup files a mapping is compiled against. */
export type MappingContext = {
  stores: Map<string, StoreRef>;
  defaultStore: StoreRef | null;
  lookups: LookupTable[];
};
