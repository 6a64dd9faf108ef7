import { useTranslation } from 'react-i18next';

/** Formats an amount in minor units (fen) as money, e.g. 1250 → `¥12.50`. */
export function formatMoney(minor: number, lang: string, currency = 'CNY'): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).format(
    minor / 100,
  );
}

/** Formats an ISO timestamp in the user's language and time zone, e.g. `2025年3月4日 14:05`; `—` for null. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Formats a count with the language's grouping, e.g. 12345 → `12,345`. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** The formatters above, bound to the current console language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    money: (minor: number, currency?: string) => formatMoney(minor, lang, currency),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, lang),
    number: (value: number) => formatNumber(value, lang),
  };
}
