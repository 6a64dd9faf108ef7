export {
  deriveKeyring,
  encryptField,
  decryptField,
  needsReencryption,
  blindIndex,
  type Keyring,
} from './field-crypto';
