import { describe, expect, it } from 'vitest';
import type { guests } from './guests.tables';
import { checkMerge, planClear, planFill } from './merge.rules';

type GuestRow = typeof guests.$inferSelect;

const at = new Date('2026-01-01T00:00:00Z');
const row = (over: Partial<GuestRow> = {}): GuestRow => ({
  id: 'gst_A',
  brandId: 'brd_1',
  status: 'active',
  mergedInto: null,
  nameEnc: null,
  nameIndex: null,
  birthdayEnc: null,
  birthMonth: null,
  gender: null,
  language: null,
  addressesEnc: null,
  tastes: [],
  allergies: [],
  tags: [],
  notes: null,
  fieldSources: {},
  sourceChannel: 'app',
  homeStoreId: null,
  visits: 0,
  spendFen: 0,
  firstVisitAt: null,
  lastVisitAt: null,
  lastVerifiedAt: null,
  createdAt: at,
  updatedAt: at,
  erasedAt: null,
  ...over,
});

describe('checkMerge', () => {
  it.each([
    ['the same guest', row(), row(), 'same_guest'],
    ['another brand', row(), row({ id: 'gst_B', brandId: 'brd_2' }), 'different_brand'],
    ['a merged survivor', row({ status: 'merged' }), row({ id: 'gst_B' }), 'survivor_not_active'],
    ['an erased guest', row(), row({ id: 'gst_B', status: 'erased' }), 'merged_not_active'],
  ])('refuses %s', (_name, survivor, merged, reason) => {
    expect(checkMerge(survivor, merged)).toEqual({ ok: false, reason });
  });

  it('allows two active guests of one brand', () => {
    expect(checkMerge(row(), row({ id: 'gst_B' }))).toEqual({ ok: true });
  });
});

describe('planFill and planClear', () => {
  const source = { channel: 'pos', at: '2025-01-01T00:00:00.000Z' };
  const merged = row({
    id: 'gst_B',
    nameEnc: 'sealed-name',
    nameIndex: 'idx',
    birthdayEnc: 'sealed-birthday',
    birthMonth: 5,
    gender: 'female',
    allergies: ['peanut'],
    tags: ['vip', 'lunch'],
    fieldSources: { name: source },
    sourceChannel: 'import',
  });

  it('fills only empty survivor fields, with the merged guest’s source, and unions tags', () => {
    const survivor = row({ gender: 'male', tags: ['vip'] });
    const { update, filled } = planFill(survivor, merged);
    expect(update).toMatchObject({
      nameEnc: 'sealed-name',
      nameIndex: 'idx',
      birthdayEnc: 'sealed-birthday',
      birthMonth: 5,
      allergies: ['peanut'],
      tags: ['vip', 'lunch'],
    });
    expect(update).not.toHaveProperty('gender');
    expect(Object.keys(filled.fields).sort()).toEqual(['allergies', 'birthday', 'name']);
    expect(filled.fields.name).toEqual(source);
    expect(filled.fields.birthday).toEqual({ channel: 'import', at: at.toISOString() });
    expect(filled.addedTags).toEqual(['lunch']);
  });

  it('fills nothing when the merged guest has nothing the survivor lacks', () => {
    expect(planFill(row({ tags: ['vip'] }), row({ id: 'gst_B', tags: ['vip'] }))).toEqual({
      update: {},
      filled: { fields: {}, addedTags: [] },
    });
  });

  it('clears exactly what was filled, unless a field was changed since', () => {
    const survivor = row({ tags: ['vip'] });
    const { update, filled } = planFill(survivor, merged);
    const afterMerge = row({
      ...survivor,
      ...update,
      fieldSources: update.fieldSources!,
    } as Partial<GuestRow>);
    const corrected = {
      ...afterMerge,
      fieldSources: {
        ...afterMerge.fieldSources,
        allergies: { channel: 'staff', at: '2026-02-01T00:00:00.000Z' },
      },
    };
    const clear = planClear(corrected, filled);
    expect(clear).toMatchObject({
      nameEnc: null,
      nameIndex: null,
      birthdayEnc: null,
      birthMonth: null,
      tags: ['vip'],
    });
    expect(clear).not.toHaveProperty('allergies');
    expect(clear.fieldSources).toEqual({ allergies: { channel: 'staff', at: '2026-02-01T00:00:00.000Z' } });
  });
});
