export {
  normalisePhone,
  normaliseEmail,
  maskPhone,
  maskEmail,
  type ContactProblem,
  type Normalised,
} from './contact.rules';
export { maskIdentity, maskName, normaliseIdentity, IDENTITY_PRIORITY } from './identity.rules';
export {
  upsertGuest,
  getGuest,
  updateGuest,
  revealGuestField,
  listGuests,
  loadGuestRow,
} from './guests.service';
export {
  resolveGuest,
  normaliseIdentities,
  attachIdentities,
  queueMergeCandidate,
  type ResolvedIdentity,
  type Resolution,
  type Arrival,
} from './resolve-guest';
export { fillProfile } from './profile-fields';
export { toGuest, toSummary, openFields, currentConsents, loadMaskedPhones } from './guest-view';
export { seal, unseal, identityIndex, nameIndex } from './guest-crypto';
export { guestVisibleTo } from './guest-scope';
export { guests, guestIdentities, guestConsents, guestMerges, mergeCandidates } from './guests.tables';
export { rotateFieldKeys, type RotationSummary } from './rotate-keys';
export { recomputeGuestFigures, type GuestFigures } from './guest-figures';
export { loadVisibleGuest, withMergedInto } from './guest-access';
export {
  checkMerge,
  planFill,
  planClear,
  MERGE_FILLABLE,
  type FilledFields,
  type MergeRefusal,
} from './merge.rules';
export { mergeGuests, listMerges, loadMerge, type MergeOptions } from './merge-guests';
export { undoMerge } from './undo-merge';
export {
  listMergeCandidates,
  dismissMergeCandidate,
  findDuplicateSuspects,
  queueDuplicateSuspects,
  SAME_NAME_AND_BIRTH_MONTH,
} from './merge-candidates';
export {
  setConsent,
  withdrawAllConsent,
  hasConsent,
  guestsWithConsent,
  type ConsentPurpose,
  type ConsentChannel,
} from './consent.service';
export { exportGuestData, EXPORT_PURPOSE } from './export-guest-data';
export { eraseGuest, eraseGuestRows } from './erase-guest';
export { runRetention, monthsBefore, RETENTION_MONTHS, type RetentionResult } from './retention.service';
export { getDataQualityReport, fixDataQuality, STALE_MONTHS } from './data-quality.service';
export { registerGuests, type GuestRegistration } from './register-guests';
