import type { Ctx } from '../../context';
import { newId } from '../../ids';
import { IDENTITY_PRIORITY, identityIndex, maskIdentity, nameIndex, seal } from '../guests/index';
import { copyField } from './csv-writer.rules';
import type { GuestRow, MappedIdentity, OrderRow } from './import-mapping.rules';
import { copyLine } from './import-staging';

type Cell = string | number | boolean | null;
type SealedIdentity = { index: string; enc: string; masked: string; identKey: string };

/** Sealed and indexed identities by value, kept for a whole run (customers repeat across chunks). */
export type IdentityCache = Map<string, SealedIdentity>;

/** COPY-ready text of one chunk (orders, lines, customers, identities), and whether a customer has several identities. */
export type StagedChunk = {
  orders: string;
  rows: string;
  keys: string;
  idents: string;
  rowCount: number;
  cancelCount: number;
  keyCount: number;
  sharedIdentities: boolean;
};

/** Collects a chunk's rows as COPY text as they are read, so no row object outlives its line. */
export type Stager<T> = {
  add: (row: T, line: number, lineNo: number | null) => void;
  take: () => StagedChunk;
};

type KeyEntry = { cells: Cell[]; idents: Map<string, Cell[]> };

function sealIdentity(ctx: Ctx, cache: IdentityCache, identity: MappedIdentity): SealedIdentity {
  const cacheKey = `${identity.kind}\u0000${identity.namespace}\u0000${identity.value}`;
  let sealed = cache.get(cacheKey);
  if (!sealed) {
    const index = identityIndex(ctx.keyring, identity.kind, identity.namespace, identity.value);
    sealed = {
      index,
      enc: seal(ctx.keyring, 'identity', identity.value)!,
      masked: maskIdentity(identity.kind, identity.value),
      identKey: `${identity.kind}:${identity.namespace}:${index}`,
    };
    if (cache.size > 500_000) cache.clear();
    cache.set(cacheKey, sealed);
  }
  return sealed;
}

const prio = (kind: MappedIdentity['kind']) => IDENTITY_PRIORITY.indexOf(kind);

/** The chunk's customers: one key per strongest identity (card, then app member, …). */
function createKeys(ctx: Ctx, cache: IdentityCache, run: string) {
  const keys = new Map<string, KeyEntry>();
  return {
    /** Adds a customer's identities and returns its key. */
    add(identities: MappedIdentity[], profile: () => Cell[]): string {
      let strongest = 0;
      const sealed = identities.map((identity, i) => {
        if (i > 0 && prio(identity.kind) < prio(identities[strongest]!.kind)) strongest = i;
        return sealIdentity(ctx, cache, identity);
      });
      const key = sealed[strongest]!.identKey;
      let entry = keys.get(key);
      if (!entry) {
        entry = {
          cells: [run, key, keys.size + 1, newId('gst', ctx.clock.now().getTime()), ...profile()],
          idents: new Map(),
        };
        keys.set(key, entry);
      }
      sealed.forEach((s, i) => {
        if (entry.idents.has(s.identKey)) return;
        const identity = identities[i]!;
        const now = ctx.clock.now().getTime();
        entry.idents.set(s.identKey, [
          run,
          key,
          identity.kind,
          identity.namespace,
          s.index,
          s.enc,
          s.masked,
          prio(identity.kind),
          newId('gid', now),
          newId('mgc', now),
        ]);
      });
      return key;
    },
    finish(orders: string, rows: string, rowCount: number, cancelCount: number): StagedChunk {
      const identLines: string[] = [];
      const keyLines: string[] = [];
      let sharedIdentities = false;
      for (const entry of keys.values()) {
        if (entry.idents.size > 1) sharedIdentities = true;
        keyLines.push(copyLine(entry.cells));
        for (const cells of entry.idents.values()) identLines.push(copyLine(cells));
      }
      return {
        orders,
        rows,
        keys: keyLines.join(''),
        idents: identLines.join(''),
        rowCount,
        cancelCount,
        keyCount: keys.size,
        sharedIdentities,
      };
    },
  };
}

/** A stager for orders files: orders in `ORDER_COLUMNS`, lines in `ROW_COLUMNS`, customers, identities. */
export function createOrderStager(ctx: Ctx, cache: IdentityCache, run: string): Stager<OrderRow> {
  let keys = createKeys(ctx, cache, run);
  // Per order of the chunk: its staged columns (first row) and the totals of its lines so far.
  let heads = new Map<string, { text: string; gross: number; items: number }>();
  // Lines are joined every 1,000: long-lived flat strings instead of many string trees (less GC).
  let rows: string[] = [];
  let pending: string[] = [];
  let count = 0;
  let cancels = 0;
  let now = ctx.clock.now().getTime();
  const prefix = `${copyField(run)},`;
  return {
    add(row, line, lineNo) {
      count++;
      let head = heads.get(row.orderExt);
      if (!head) {
        const customerKey =
          row.identities.length === 0
            ? null
            : keys.add(row.identities, () => [row.store.id, null, null, null, null, null, null]);
        head = {
          text:
            `${prefix}${copyField(row.orderExt)},"${newId('ord', now)}",${copyField(row.store.id)},"${row.placedIso}",` +
            `"${row.localDate}",${row.localHour},${row.localDow},${copyField(row.channel)},` +
            `${copyField(row.paymentMethod)},${copyField(customerKey)},${row.cancel ? 't' : 'f'}`,
          gross: 0,
          items: 0,
        };
        heads.set(row.orderExt, head);
      }
      const l = row.line;
      if (!l) return;
      if (row.cancel) cancels++;
      else {
        head.gross += l.amountFen;
        head.items += l.quantity;
      }
      // Built by hand rather than through arrays: this runs once per line of files with millions of lines.
      pending.push(
        `${prefix}${line},${copyField(row.orderExt)},${row.cancel ? 't' : 'f'},${lineNo},${copyField(l.sku)},` +
          `${copyField(l.name)},${copyField(l.category)},${copyField(l.size)},${l.quantity},${l.unitPriceFen},` +
          `${l.amountFen},${row.cancel ? `"${newId('oev', now)}"` : ''}\n`,
      );
      if (pending.length >= 1000) {
        rows.push(pending.join(''));
        pending = [];
      }
    },
    take() {
      rows.push(pending.join(''));
      const orders: string[] = [];
      for (const head of heads.values()) orders.push(`${head.text},${head.gross},${head.items}\n`);
      const staged = keys.finish(orders.join(''), rows.join(''), count, cancels);
      keys = createKeys(ctx, cache, run);
      heads = new Map();
      rows = [];
      pending = [];
      count = 0;
      cancels = 0;
      now = ctx.clock.now().getTime();
      return staged;
    },
  };
}

/** A stager for guests files: one key per customer, profile fields sealed. */
export function createGuestStager(ctx: Ctx, cache: IdentityCache, run: string): Stager<GuestRow> {
  let keys = createKeys(ctx, cache, run);
  return {
    add(row) {
      keys.add(row.identities, () => [
        row.store?.id ?? null,
        seal(ctx.keyring, 'name', row.name),
        row.name ? nameIndex(ctx.keyring, row.name) : null,
        seal(ctx.keyring, 'birthday', row.birthday),
        row.birthday ? Number(row.birthday.slice(5, 7)) : null,
        row.gender,
        row.language,
      ]);
    },
    take() {
      const staged = keys.finish('', '', 0, 0);
      keys = createKeys(ctx, cache, run);
      return staged;
    },
  };
}
