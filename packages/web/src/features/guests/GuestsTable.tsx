import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { GuestSummary } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import type { PagedList } from '../../shared/use-paged-list';
import { GuestStatusTag } from './GuestStatusTag';

type Props = { list: PagedList<GuestSummary>; searching: boolean };

/** Guests with masked contact, tags and figures; a row opens the profile. */
export function GuestsTable({ list, searching }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { storeName } = useOrg();
  const none = t('common.none');

  const columns: ColumnsType<GuestSummary> = [
    {
      title: t('guests.name'),
      dataIndex: 'name',
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('guests.unnamed')}</Typography.Text>,
    },
    { title: t('guests.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? none },
    {
      title: t('guests.tags'),
      dataIndex: 'tags',
      render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      title: t('guests.visits'),
      dataIndex: 'visits',
      align: 'right',
      render: (n: number) => format.number(n),
    },
    {
      title: t('guests.spend'),
      dataIndex: 'spendFen',
      align: 'right',
      render: (fen: number) => format.money(fen),
    },
    {
      title: t('guests.lastVisit'),
      dataIndex: 'lastVisitAt',
      render: (at: string | null) => format.dateTime(at),
    },
    {
      title: t('guests.homeStore'),
      dataIndex: 'homeStoreId',
      render: (id: string | null) => storeName(id) ?? none,
    },
    {
      title: t('guests.status'),
      dataIndex: 'status',
      render: (status: GuestSummary['status']) => <GuestStatusTag status={status} />,
    },
  ];

  return (
    <Flex vertical gap="middle" align="center">
      <Table<GuestSummary>
        style={{ width: '100%' }}
        rowKey="id"
        data-testid="guests-table"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(guest) => ({
          onClick: () => void navigate(`/guests/${guest.id}`),
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: <Empty description={t(searching ? 'guests.noMatch' : 'guests.empty')} /> }}
      />
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loading} data-testid="guests-load-more">
          {t('common.loadMore')}
        </Button>
      ) : list.items.length > 0 ? (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      ) : null}
    </Flex>
  );
}
