export { PERMISSIONS, roleAllows } from './permissions';
export { authorize, actorMay, allowedActions, storeInScope, storeScope } from './authorize';
export {
  listStaff,
  getStaff,
  getOwnAccount,
  createStaff,
  updateStaff,
  resetStaffPassword,
  findStaffByEmail,
} from './staff.service';
export {
  login,
  logout,
  authenticateSession,
  changeOwnPassword,
  revokeStaffSessions,
  csrfTokenFor,
  csrfTokenMatches,
  type SignedIn,
  type SessionIdentity,
} from './sessions.service';
export { listApiKeys, createApiKey, revokeApiKey, authenticateApiKey } from './api-keys.service';
export { ensureOwner } from './bootstrap';
export { hashPassword, verifyPassword, generateOneTimePassword } from './passwords';
export { staffUsers, staffStores, sessions, apiKeys } from './staff.tables';
