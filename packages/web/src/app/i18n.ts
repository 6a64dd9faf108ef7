import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { commonEn, commonZhCN } from './common.messages';
import { errorsEn, errorsZhCN } from './errors.messages';
import { loginEn, loginZhCN } from '../features/login/login.messages';
import { homeEn, homeZhCN } from '../features/home/home.messages';
import { staffEn, staffZhCN } from '../features/staff/staff.messages';
import { storesEn, storesZhCN } from '../features/stores/stores.messages';
import { apiKeysEn, apiKeysZhCN } from '../features/api-keys/api-keys.messages';
import { auditEn, auditZhCN } from '../features/audit/audit.messages';
import {
  dataQualityEn,
  dataQualityZhCN,
  guestsEn,
  guestsZhCN,
  mergeReviewEn,
  mergeReviewZhCN,
} from '../features/guests/guests.messages';
import { guestEn, guestZhCN, portraitEn, portraitZhCN } from '../features/guests/guest.messages';
import { ordersEn, ordersZhCN } from '../features/orders/orders.messages';
import { importsEn, importsZhCN } from '../features/imports/imports.messages';
import { labelsEn, labelsZhCN } from './labels.messages';

/** The languages of the console. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'regulars.language';

const en = {
  ...commonEn,
  ...labelsEn,
  errors: errorsEn,
  login: loginEn,
  home: homeEn,
  staff: staffEn,
  stores: storesEn,
  apiKeys: apiKeysEn,
  audit: auditEn,
  guests: guestsEn,
  guest: guestEn,
  mergeReview: mergeReviewEn,
  dataQuality: dataQualityEn,
  portrait: portraitEn,
  orders: ordersEn,
  imports: importsEn,
};
const zhCN: typeof en = {
  ...commonZhCN,
  ...labelsZhCN,
  errors: errorsZhCN,
  login: loginZhCN,
  home: homeZhCN,
  staff: staffZhCN,
  stores: storesZhCN,
  apiKeys: apiKeysZhCN,
  audit: auditZhCN,
  guests: guestsZhCN,
  guest: guestZhCN,
  mergeReview: mergeReviewZhCN,
  dataQuality: dataQualityZhCN,
  portrait: portraitZhCN,
  orders: ordersZhCN,
  imports: importsZhCN,
};

/** The English messages, whose shape every language must match; also types `t()` keys. */
export type Messages = typeof en;

/** The remembered language, else the browser's (any Chinese → zh-CN), else English. */
export function detectLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return preferred.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

function applyLanguage(lang: string): void {
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang;
}

/** Switches the console language and remembers it in localStorage. */
export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18n.changeLanguage(lang);
}

/** Initialises i18next once, before the first render. */
export async function initI18n(): Promise<void> {
  i18n.on('languageChanged', applyLanguage);
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
  });
  applyLanguage(i18n.language);
}
