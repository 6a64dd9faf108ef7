import { Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EyeOutlined } from '@ant-design/icons';
import type { Identity } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { isChannel } from './guest-labels';

type Props = {
  identities: Identity[];
  /** Clear values by identity id, once revealed. */
  revealed: Map<string, string> | undefined;
  canReveal: boolean;
  onReveal: () => void;
};

/** Every identity the guest is known by (masked), with where and when it was collected. */
export function GuestIdentitiesCard({ identities, revealed, canReveal, onReveal }: Props) {
  const { t } = useTranslation();
  const format = useFormat();

  const columns: ColumnsType<Identity> = [
    {
      title: t('guest.identityKind'),
      dataIndex: 'kind',
      render: (kind: Identity['kind'], identity) => (
        <>
          <Tag>{t(`identityKinds.${kind}`)}</Tag>
          {identity.namespace ? (
            <Typography.Text type="secondary">{identity.namespace}</Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('guest.identityValue'),
      dataIndex: 'value',
      render: (value: string, identity) => {
        const clear = revealed?.get(identity.id);
        return clear ? <Typography.Text strong>{clear}</Typography.Text> : value;
      },
    },
    {
      title: t('guest.collectedFrom'),
      dataIndex: 'source',
      render: (source: string) => (isChannel(source) ? t(`channels.${source}`) : source),
    },
    { title: t('guest.collectedAt'), dataIndex: 'collectedAt', render: (at: string) => format.dateTime(at) },
  ];

  return (
    <Card
      title={t('guest.identities')}
      size="small"
      extra={
        canReveal && !revealed && identities.length > 0 ? (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            onClick={onReveal}
            data-testid="reveal-identities"
          >
            {t('guest.reveal')}
          </Button>
        ) : revealed ? (
          <Tag color="orange">{t('guest.revealedTag')}</Tag>
        ) : null
      }
    >
      <Table<Identity>
        rowKey="id"
        size="small"
        data-testid="guest-identities"
        columns={columns}
        dataSource={identities}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('guest.noIdentities') }}
      />
    </Card>
  );
}
