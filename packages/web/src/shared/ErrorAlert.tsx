import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api-client';
import { useErrorText } from './error-text';

type Props = { error: unknown; onRetry?: () => void };

/** An error in the user's language, with the request ID to quote and an optional retry button. */
export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorText(error)}
      description={requestId ? t('common.requestId', { requestId }) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
