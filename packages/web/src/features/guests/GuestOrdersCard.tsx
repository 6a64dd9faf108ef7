import { Button, Card, Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { usePagedList } from '../../shared/use-paged-list';
import { listOrders } from '../orders/orders.api';
import { OrderStatusTag } from '../orders/OrderStatusTag';

/** The guest's orders, newest first, ten at a time; each links to the order page. */
export function GuestOrdersCard({ guestId }: { guestId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { storeName } = useOrg();
  const list = usePagedList((cursor) => listOrders({ guestId }, cursor, 10), [guestId]);

  return (
    <Card
      title={t('guest.orders')}
      size="small"
      data-testid="guest-orders"
      extra={
        list.items.length > 0 ? <Link to={`/orders?guestId=${guestId}`}>{t('guest.allOrders')}</Link> : null
      }
    >
      {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
      {!list.loading && list.items.length === 0 && !list.error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('guest.noOrders')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={list.items.map((order) => ({
            key: order.id,
            color: order.status === 'completed' ? 'green' : 'gray',
            content: (
              <Flex vertical gap={2}>
                <Link to={`/orders/${order.id}`} data-testid="guest-order-link">
                  {format.dateTime(order.placedAt)} · {format.money(order.paidFen)}
                </Link>
                <Typography.Text type="secondary">
                  {storeName(order.storeId) ?? order.storeId} · {t(`channels.${order.channel}`)} ·{' '}
                  {t('guest.itemCount', { count: order.itemCount })} <OrderStatusTag status={order.status} />
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
      {list.hasMore ? (
        <Button size="small" onClick={list.loadMore} loading={list.loading}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Card>
  );
}
