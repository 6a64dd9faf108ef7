import { App, Button, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ApiKey } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { actionKey } from '../../app/common.messages';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { useErrorText } from '../../shared/error-text';
import { revokeApiKey } from './api-keys.api';

type Props = { keys: ApiKey[]; loading: boolean; onRevoked: () => void };

/** Name, key prefix, allowed actions, stores, dates and status; revoking asks first. */
export function ApiKeysTable({ keys, loading, onRevoked }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const format = useFormat();
  const { storeName } = useOrg();

  const revoke = (key: ApiKey) =>
    modal.confirm({
      title: t('apiKeys.revokeTitle', { name: key.name }),
      content: t('apiKeys.revokeText'),
      okText: t('apiKeys.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await revokeApiKey(key.id);
          void message.success(t('apiKeys.revokedDone', { name: key.name }));
          onRevoked();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });

  const columns: ColumnsType<ApiKey> = [
    { title: t('apiKeys.name'), dataIndex: 'name' },
    {
      title: t('apiKeys.prefix'),
      dataIndex: 'prefix',
      render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text>,
    },
    {
      title: t('apiKeys.actions'),
      dataIndex: 'actions',
      render: (_, key) =>
        key.actions.map((action) => <Tag key={action}>{t(`actions.${actionKey(action)}`)}</Tag>),
    },
    {
      title: t('apiKeys.stores'),
      dataIndex: 'storeIds',
      render: (_, key) =>
        key.storeIds === null
          ? t('apiKeys.allStores')
          : key.storeIds.map((id) => <Tag key={id}>{storeName(id)}</Tag>),
    },
    { title: t('apiKeys.created'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
    {
      title: t('apiKeys.lastUsed'),
      dataIndex: 'lastUsedAt',
      render: (at: string | null) => (at ? format.dateTime(at) : t('apiKeys.never')),
    },
    {
      title: t('apiKeys.status'),
      dataIndex: 'revokedAt',
      render: (at: string | null) =>
        at ? (
          <Tag color="default">{t('apiKeys.revoked', { date: format.dateTime(at) })}</Tag>
        ) : (
          <Tag color="green">{t('apiKeys.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, key) =>
        key.revokedAt ? null : (
          <Button type="link" danger size="small" onClick={() => revoke(key)}>
            {t('apiKeys.revoke')}
          </Button>
        ),
    },
  ];
  return (
    <Table<ApiKey>
      rowKey="id"
      columns={columns}
      dataSource={keys}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('apiKeys.empty')} /> }}
    />
  );
}
