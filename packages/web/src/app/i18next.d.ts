import 'i18next';
import type { Messages } from './i18n';

declare module 'i18next' {
  // Declaration merging is the documented way to type i18next keys.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
