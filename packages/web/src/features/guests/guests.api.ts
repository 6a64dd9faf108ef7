import type {
  Consent,
  DataQualityFixInput,
  DataQualityFixResult,
  DataQualityReport,
  ErasureReason,
  ErasureResult,
  Guest,
  GuestDataExport,
  GuestProfileInput,
  GuestSummary,
  Merge,
  MergeCandidate,
  RevealInput,
  UpsertGuestInput,
} from '@regulars/contracts';
import { api } from '../../app/api-client';
import type { Page } from '../../shared/use-paged-list';

/** The filters of the guests list; `storeId` comes from the header's store scope. */
export type GuestFilters = {
  q?: string;
  tag?: string;
  storeId?: string;
  status?: GuestSummary['status'];
};

const guestPath = (id: string) => `/api/guests/${encodeURIComponent(id)}`;

/** One page of guests, newest first; never asks for a total count (fast at millions of guests). */
export function listGuests(filters: GuestFilters, cursor: string | undefined): Promise<Page<GuestSummary>> {
  return api.get('/api/guests', { ...filters, limit: 50, cursor });
}

/** The 360° profile, personal fields masked. */
export function getGuest(id: string): Promise<Guest> {
  return api.get(guestPath(id));
}

/** Registers a guest or updates the one an identity already belongs to (the server answers 201 or 200). */
export function upsertGuest(input: UpsertGuestInput): Promise<Guest> {
  return api.post('/api/guests', input);
}

/** Changes profile fields (tags, notes …). */
export function updateGuest(id: string, input: GuestProfileInput): Promise<Guest> {
  return api.patch(guestPath(id), input);
}

/** Shows one personal field in clear for a stated purpose; the reveal is audited. */
export function revealGuestField(
  id: string,
  input: RevealInput,
): Promise<{ field: RevealInput['field']; value: unknown }> {
  return api.post(`${guestPath(id)}/reveal`, input);
}

/** Grants or withdraws one purpose on some channels, as recorded by staff in the console. */
export function setConsent(
  id: string,
  input: { purpose: Consent['purpose']; channels: Consent['channel'][]; granted: boolean },
): Promise<unknown> {
  return api.post(`${guestPath(id)}/consents`, { ...input, source: 'console', wordingVersion: 'console' });
}

/** Withdraws every consent of the guest. */
export function withdrawAllConsents(id: string): Promise<unknown> {
  return api.post(`${guestPath(id)}/consents/withdraw-all`, { source: 'console' });
}

/** The merges this guest took part in, newest first. */
export function listGuestMerges(id: string): Promise<{ items: Merge[] }> {
  return api.get(`${guestPath(id)}/merges`);
}

/** Merges `mergedId` into the guest `survivorId`. */
export function mergeGuests(survivorId: string, mergedId: string, candidateId?: string): Promise<Merge> {
  return api.post(`${guestPath(survivorId)}/merge`, { mergedId, candidateId });
}

/** Undoes a merge: both guests are separate again. */
export function undoMerge(mergeId: string): Promise<Merge> {
  return api.post(`/api/merges/${encodeURIComponent(mergeId)}/undo`);
}

/** One page of the merge review queue. */
export function listMergeCandidates(cursor: string | undefined, limit = 20): Promise<Page<MergeCandidate>> {
  return api.get('/api/merge-candidates', { limit, cursor });
}

/** Removes a candidate from the queue without merging. */
export function dismissMergeCandidate(id: string): Promise<unknown> {
  return api.post(`/api/merge-candidates/${encodeURIComponent(id)}/dismiss`);
}

/** Everything stored about the guest, for a data-subject request (the server audits it). */
export function exportGuest(id: string): Promise<GuestDataExport> {
  return api.get(`${guestPath(id)}/export`);
}

/** Erases the guest's personal data for good (with guests merged into them); orders stay, anonymous. */
export function eraseGuest(id: string, reason: ErasureReason): Promise<ErasureResult> {
  return api.post(`${guestPath(id)}/erase`, { confirm: true, reason });
}

/** The data-quality report of the brand: duplicates, invalid contacts, stale and identity-less guests. */
export function getDataQualityReport(): Promise<DataQualityReport> {
  return api.get('/api/data-quality');
}

/** Runs one safe fix (queue duplicates for review, or remove invalid contacts). */
export function fixDataQuality(kind: DataQualityFixInput['kind']): Promise<DataQualityFixResult> {
  return api.post('/api/data-quality/fix', { kind });
}
