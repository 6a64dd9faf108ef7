import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { OneTimeSecretModal } from '../../shared/OneTimeSecretModal';
import { PageHeader } from '../../shared/PageHeader';
import { useLoad } from '../../shared/use-load';
import { listApiKeys, type CreatedApiKey } from './api-keys.api';
import { ApiKeyFormModal } from './ApiKeyFormModal';
import { ApiKeysTable } from './ApiKeysTable';

/** API keys: list, create (secret shown once) and revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useLoad(listApiKeys, []);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Flex vertical gap="middle">
        {keys.error ? <ErrorAlert error={keys.error} onRetry={keys.reload} /> : null}
        <ApiKeysTable keys={keys.data ?? []} loading={keys.loading} onRevoked={keys.reload} />
      </Flex>
      {creating ? (
        <ApiKeyFormModal
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
            keys.reload();
          }}
        />
      ) : null}
      <OneTimeSecretModal
        open={created !== null}
        title={t('apiKeys.secretTitle', { name: created?.apiKey.name ?? '' })}
        description={t('apiKeys.secretText')}
        secret={created?.secret ?? ''}
        onClose={() => setCreated(null)}
      />
    </>
  );
}
