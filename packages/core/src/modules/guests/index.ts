export {
  normalisePhone,
  normaliseEmail,
  maskPhone,
  maskEmail,
  type ContactProblem,
  type Normalised,
} from './contact.rules';
