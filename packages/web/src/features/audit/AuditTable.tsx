import { Button, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import type { PagedList } from '../../shared/use-paged-list';
import { AuditDetails } from './AuditDetails';

type Props = { list: PagedList<AuditEntry>; onActor: (actorId: string) => void };

/** Time, actor, action, entity, store, purpose and request ID; a row expands to its details. */
export function AuditTable({ list, onActor }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { storeName } = useOrg();
  const mono = (text: string | null) =>
    text ? <Typography.Text code>{text}</Typography.Text> : t('common.none');

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.time'), dataIndex: 'at', render: (at: string) => format.dateTime(at), width: 170 },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (_, entry) => {
        const label = entry.actorName ?? t(`audit.actorKinds.${entry.actorKind}`);
        const { actorId } = entry;
        return actorId ? <Typography.Link onClick={() => onActor(actorId)}>{label}</Typography.Link> : label;
      },
    },
    { title: t('audit.action'), dataIndex: 'action', render: mono },
    { title: t('audit.entityType'), dataIndex: 'entityType' },
    {
      title: t('audit.entityIds'),
      dataIndex: 'entityIds',
      render: (ids: string[]) => (
        <Typography.Text ellipsis={{ tooltip: ids.join(', ') }} style={{ maxWidth: 220 }}>
          {ids.join(', ') || t('common.none')}
        </Typography.Text>
      ),
    },
    {
      title: t('audit.store'),
      dataIndex: 'storeId',
      render: (id: string | null) => storeName(id) ?? t('common.none'),
    },
    {
      title: t('audit.purpose'),
      dataIndex: 'purpose',
      render: (purpose: string | null) => purpose ?? t('common.none'),
    },
    { title: t('audit.requestId'), dataIndex: 'requestId', render: mono },
  ];

  return (
    <Flex vertical gap="middle" align="center">
      <Table<AuditEntry>
        style={{ width: '100%' }}
        rowKey="id"
        data-testid="audit-table"
        size="middle"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} /> }}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      />
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loading} data-testid="audit-load-more">
          {t('common.loadMore')}
        </Button>
      ) : list.items.length > 0 ? (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      ) : null}
    </Flex>
  );
}
