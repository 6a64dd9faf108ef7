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
