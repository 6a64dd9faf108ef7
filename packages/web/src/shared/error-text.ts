import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';

function retryAfterMinutes(details: unknown): number | undefined {
  const seconds = (details as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : undefined;
}

function hasField(details: unknown): boolean {
  return typeof (details as { field?: unknown } | null | undefined)?.field === 'string';
}

/** Turns any error into one sentence in the user's language (the API's message is never shown raw). */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t('errors.internal');
    // A conflict on one field (e.g. a store code already used) is about that value, not a race.
    if (error.code === 'conflict' && hasField(error.details)) return t('errors.taken');
    const sentence = t(`errors.${error.code}`);
    const minutes = error.code === 'account_locked' ? retryAfterMinutes(error.details) : undefined;
    return minutes ? `${sentence} ${t('errors.lockedFor', { minutes })}` : sentence;
  };
}
