import {
  Card,
  Col,
  Descriptions,
  Result,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Timeline,
  Typography,
} from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Order } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/use-load';
import { getOrder } from './orders.api';
import { OrderStatusTag } from './OrderStatusTag';

type Line = NonNullable<Order['lines']>[number];
type Event = NonNullable<Order['events']>[number];

/** One order: where and when, the guest, its lines, amounts, and refunds or cancellation. */
export function OrderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { storeName } = useOrg();
  const { id = '' } = useParams();
  const { data: order, error, reload } = useLoad(() => getOrder(id), [id]);

  if (error) {
    return error.code === 'order_not_found' ? (
      <Result status="404" title={t('errors.order_not_found')} />
    ) : (
      <ErrorAlert error={error} onRetry={reload} />
    );
  }
  if (!order || order.id !== id) return <Skeleton active />;
  const none = t('common.none');

  const lineColumns = [
    { title: '#', dataIndex: 'lineNo', width: 48 },
    { title: t('orders.item'), dataIndex: 'name' },
    { title: t('orders.sku'), dataIndex: 'sku', render: (sku: string | null) => sku ?? none },
    { title: t('orders.category'), dataIndex: 'category', render: (c: string | null) => c ?? none },
    { title: t('orders.size'), dataIndex: 'size', render: (s: string | null) => s ?? none },
    { title: t('orders.quantity'), dataIndex: 'quantity', align: 'right' as const },
    {
      title: t('orders.unitPrice'),
      dataIndex: 'unitPriceFen',
      align: 'right' as const,
      render: (fen: number) => format.money(fen),
    },
    {
      title: t('orders.amount'),
      dataIndex: 'amountFen',
      align: 'right' as const,
      render: (fen: number) => format.money(fen),
    },
  ];
  const events = order.events ?? [];

  return (
    <>
      <Link to="/orders" style={{ display: 'inline-block' }}>
        <ArrowLeftOutlined /> {t('orders.backToList')}
      </Link>
      <Space align="center" wrap style={{ display: 'flex', margin: '16px 0' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('orders.orderTitle', { ref: order.externalId })}
        </Typography.Title>
        <OrderStatusTag status={order.status} />
        <Typography.Text type="secondary" copyable={{ text: order.id }}>
          {order.id}
        </Typography.Text>
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card size="small" data-testid="order-amounts">
            <Row gutter={16}>
              {[
                ['gross', order.grossFen],
                ['discount', order.discountFen],
                ['paid', order.paidFen],
                ['refunded', order.refundedFen],
              ].map(([key, fen]) => (
                <Col key={key} xs={12} md={6}>
                  <Statistic title={t(`orders.${key as 'gross'}`)} value={format.money(fen as number)} />
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('orders.details')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'placed', label: t('orders.placedAt'), children: format.dateTime(order.placedAt) },
                { key: 'local', label: t('orders.localDate'), children: order.localDate },
                {
                  key: 'store',
                  label: t('orders.store'),
                  children: storeName(order.storeId) ?? order.storeId,
                },
                { key: 'channel', label: t('orders.channel'), children: t(`channels.${order.channel}`) },
                { key: 'source', label: t('orders.source'), children: order.source },
                {
                  key: 'external',
                  label: t('orders.reference'),
                  children: <Typography.Text code>{order.externalId}</Typography.Text>,
                },
                {
                  key: 'platform',
                  label: t('orders.platformOrderId'),
                  children: order.platformOrderId ?? none,
                },
                { key: 'payment', label: t('orders.paymentMethod'), children: order.paymentMethod ?? none },
                {
                  key: 'guest',
                  label: t('orders.guest'),
                  children: order.guestId ? (
                    <Link to={`/guests/${order.guestId}`} data-testid="order-guest-link">
                      {order.guestId}
                    </Link>
                  ) : (
                    t('orders.anonymous')
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('orders.lines')}>
            <Table<Line>
              rowKey="lineNo"
              size="small"
              data-testid="order-lines"
              columns={lineColumns}
              dataSource={order.lines ?? []}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('orders.events')} data-testid="order-events">
            {events.length === 0 ? (
              <Typography.Text type="secondary">{t('orders.noEvents')}</Typography.Text>
            ) : (
              <Timeline
                items={events.map((event: Event, index) => ({
                  key: `${event.at}-${index}`,
                  color: event.kind === 'cancel' ? 'red' : 'blue',
                  content: (
                    <>
                      {format.dateTime(event.at)} · {t(`orders.eventKinds.${event.kind}`)}
                      {event.amountFen ? ` · ${format.money(event.amountFen)}` : ''}
                      {event.reason ? ` · ${event.reason}` : ''}
                    </>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
