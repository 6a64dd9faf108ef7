import type { FieldSource, guests } from './guests.tables';

type GuestRow = typeof guests.$inferSelect;
type GuestUpdate = Partial<typeof guests.$inferInsert>;

/** Profile fields a merge copies to the survivor when the survivor has none (tags are unioned). */
export const MERGE_FILLABLE = [
  'name',
  'birthday',
  'gender',
  'language',
  'addresses',
  'tastes',
  'allergies',
  'notes',
] as const;
/** One fillable profile field. */
export type FillableField = (typeof MERGE_FILLABLE)[number];

/**
 * What a merge wrote into the survivor, kept on the merge row so an un-merge can take it back:
 * the field source stamped on each filled field, and the tags the union added.
 */
export type FilledFields = { fields: Partial<Record<FillableField, FieldSource>>; addedTags: string[] };

/** Why two guests cannot be merged. */
export type MergeRefusal = 'same_guest' | 'different_brand' | 'survivor_not_active' | 'merged_not_active';

/** Whether `merged` may be merged into `survivor`: distinct, same brand, both active. */
export function checkMerge(
  survivor: Pick<GuestRow, 'id' | 'brandId' | 'status'>,
  merged: Pick<GuestRow, 'id' | 'brandId' | 'status'>,
): { ok: true } | { ok: false; reason: MergeRefusal } {
  if (survivor.id === merged.id) return { ok: false, reason: 'same_guest' };
  if (survivor.brandId !== merged.brandId) return { ok: false, reason: 'different_brand' };
  if (survivor.status !== 'active') return { ok: false, reason: 'survivor_not_active' };
  if (merged.status !== 'active') return { ok: false, reason: 'merged_not_active' };
  return { ok: true };
}

/** The stored columns of each fillable field. Sealed values move as they are (same column context). */
const COLUMNS: Record<FillableField, ReadonlyArray<keyof GuestRow>> = {
  name: ['nameEnc', 'nameIndex'],
  birthday: ['birthdayEnc', 'birthMonth'],
  gender: ['gender'],
  language: ['language'],
  addresses: ['addressesEnc'],
  tastes: ['tastes'],
  allergies: ['allergies'],
  notes: ['notes'],
};

const EMPTY: Record<FillableField, (row: GuestRow) => boolean> = {
  name: (r) => r.nameEnc === null,
  birthday: (r) => r.birthdayEnc === null,
  gender: (r) => r.gender === null,
  language: (r) => r.language === null,
  addresses: (r) => r.addressesEnc === null,
  tastes: (r) => r.tastes.length === 0,
  allergies: (r) => r.allergies.length === 0,
  notes: (r) => r.notes === null,
};

const CLEARED: Record<FillableField, GuestUpdate> = {
  name: { nameEnc: null, nameIndex: null },
  birthday: { birthdayEnc: null, birthMonth: null },
  gender: { gender: null },
  language: { language: null },
  addresses: { addressesEnc: null },
  tastes: { tastes: [] },
  allergies: { allergies: [] },
  notes: { notes: null },
};

/**
 * The survivor update of a merge: each field empty on the survivor and present on the merged
 * guest is copied (with the merged guest's field source), and tags are unioned. Pure.
 */
export function planFill(
  survivor: GuestRow,
  merged: GuestRow,
): { update: GuestUpdate; filled: FilledFields } {
  const update: GuestUpdate = {};
  const sources: Record<string, FieldSource> = { ...survivor.fieldSources };
  const filled: FilledFields = { fields: {}, addedTags: [] };
  for (const field of MERGE_FILLABLE) {
    if (!EMPTY[field](survivor) || EMPTY[field](merged)) continue;
    for (const column of COLUMNS[field]) Object.assign(update, { [column]: merged[column] });
    const source = merged.fieldSources[field] ?? {
      channel: merged.sourceChannel,
      at: merged.createdAt.toISOString(),
    };
    sources[field] = source;
    filled.fields[field] = source;
  }
  filled.addedTags = [...new Set(merged.tags)].filter((tag) => !survivor.tags.includes(tag));
  if (filled.addedTags.length > 0) update.tags = [...survivor.tags, ...filled.addedTags];
  if (Object.keys(filled.fields).length > 0) update.fieldSources = sources;
  return { update, filled };
}

/**
 * The survivor update of an un-merge: a filled field is cleared only while it still carries the
 * source the merge stamped (a later correction by staff or the guest is kept); added tags are
 * removed. Pure.
 */
export function planClear(survivor: GuestRow, filled: FilledFields): GuestUpdate {
  const update: GuestUpdate = {};
  const sources: Record<string, FieldSource> = { ...survivor.fieldSources };
  let cleared = false;
  for (const field of MERGE_FILLABLE) {
    const stamped = filled.fields[field];
    const current = survivor.fieldSources[field];
    if (!stamped || !current || current.channel !== stamped.channel || current.at !== stamped.at) continue;
    Object.assign(update, CLEARED[field]);
    delete sources[field];
    cleared = true;
  }
  if (cleared) update.fieldSources = sources;
  const added = new Set(filled.addedTags);
  if (survivor.tags.some((tag) => added.has(tag)))
    update.tags = survivor.tags.filter((tag) => !added.has(tag));
  return update;
}
