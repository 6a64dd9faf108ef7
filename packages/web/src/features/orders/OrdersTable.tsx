import { Button, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Order } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import type { PagedList } from '../../shared/use-paged-list';
import { OrderStatusTag } from './OrderStatusTag';

/** Orders newest first: time, store, channel, reference, guest, items, amounts, status; a row opens the order. */
export function OrdersTable({ list }: { list: PagedList<Order> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { storeName } = useOrg();

  const columns: ColumnsType<Order> = [
    { title: t('orders.placedAt'), dataIndex: 'placedAt', render: (at: string) => format.dateTime(at) },
    { title: t('orders.store'), dataIndex: 'storeId', render: (id: string) => storeName(id) ?? id },
    { title: t('orders.channel'), dataIndex: 'channel', render: (c: Order['channel']) => t(`channels.${c}`) },
    {
      title: t('orders.reference'),
      dataIndex: 'externalId',
      render: (ref: string, order) => (
        <Typography.Text code>
          {order.source}:{ref}
        </Typography.Text>
      ),
    },
    {
      title: t('orders.guest'),
      dataIndex: 'guestId',
      render: (id: string | null) =>
        id ? (
          <Link to={`/guests/${id}`} onClick={(event) => event.stopPropagation()}>
            {id}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('orders.anonymous')}</Typography.Text>
        ),
    },
    { title: t('orders.items'), dataIndex: 'itemCount', align: 'right' },
    {
      title: t('orders.paid'),
      dataIndex: 'paidFen',
      align: 'right',
      render: (fen: number) => format.money(fen),
    },
    {
      title: t('orders.refunded'),
      dataIndex: 'refundedFen',
      align: 'right',
      render: (fen: number) => (fen ? format.money(fen) : t('common.none')),
    },
    {
      title: t('orders.status'),
      dataIndex: 'status',
      render: (s: Order['status']) => <OrderStatusTag status={s} />,
    },
  ];

  return (
    <Flex vertical gap="middle" align="center">
      <Table<Order>
        style={{ width: '100%' }}
        rowKey="id"
        data-testid="orders-table"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(order) => ({
          onClick: () => void navigate(`/orders/${order.id}`),
          style: { cursor: 'pointer' },
        })}
        locale={{ emptyText: <Empty description={t('orders.empty')} /> }}
      />
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loading} data-testid="orders-load-more">
          {t('common.loadMore')}
        </Button>
      ) : list.items.length > 0 ? (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      ) : null}
    </Flex>
  );
}
