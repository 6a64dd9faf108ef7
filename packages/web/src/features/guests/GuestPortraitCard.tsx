import { Card, Col, Empty, Row, Skeleton, Table, Typography } from 'antd';
import type { GuestPortrait } from '@regulars/contracts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { EChart } from '../../shared/EChart';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/use-load';
import { barOption, ordersByDaypart, pieOption, rankedBarOption, weekdayNames } from './portrait-charts';

type StoreRow = GuestPortrait['stores'][number];

function Chart({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Col xs={24} lg={12}>
      <Typography.Text strong>{title}</Typography.Text>
      {children}
    </Col>
  );
}

/** The guest portrait (CUS-5): favourite items, dayparts, weekdays, channel mix and stores. Loads ECharts lazily. */
export function GuestPortraitCard({ guestId }: { guestId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error, loading, reload } = useLoad(
    () => api.get<GuestPortrait>(`/api/guests/${encodeURIComponent(guestId)}/portrait`),
    [guestId],
  );
  const lang = i18n.language;

  const options = useMemo(() => {
    if (!data) return undefined;
    const dayparts = ordersByDaypart(data.dayparts);
    return {
      items: rankedBarOption(
        data.favouriteItems.map((item) => item.name),
        data.favouriteItems.map((item) => item.quantity),
        t('portrait.quantity'),
      ),
      dayparts: barOption(
        dayparts.map((d) => `${t(`dayparts.${d.daypart}`)}\n${t(`daypartHours.${d.daypart}`)}`),
        dayparts.map((d) => d.orders),
        t('portrait.orders'),
      ),
      weekdays: barOption(weekdayNames(lang), data.weekdays, t('portrait.orders')),
      channels: pieOption(
        data.channels.map((c) => ({ name: t(`channels.${c.channel}`), value: c.orders })),
        t('portrait.channels'),
      ),
    };
  }, [data, lang, t]);

  const title = t('portrait.title');
  if (error)
    return (
      <Card title={title} size="small">
        <ErrorAlert error={error} onRetry={reload} />
      </Card>
    );
  if (loading && !data)
    return (
      <Card title={title} size="small">
        <Skeleton active />
      </Card>
    );
  if (!data || !options || data.orders === 0) {
    return (
      <Card title={title} size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portrait.empty')} />
      </Card>
    );
  }

  return (
    <Card
      title={title}
      size="small"
      data-testid="guest-portrait"
      extra={
        <Typography.Text type="secondary">
          {t('portrait.basis', { orders: format.number(data.orders), spend: format.money(data.spendFen) })}
        </Typography.Text>
      }
    >
      <Row gutter={[24, 24]}>
        <Chart title={t('portrait.favouriteItems')}>
          <EChart
            option={options.items}
            height={Math.max(160, data.favouriteItems.length * 28)}
            ariaLabel={t('portrait.favouriteItems')}
          />
        </Chart>
        <Chart title={t('portrait.channels')}>
          <EChart option={options.channels} ariaLabel={t('portrait.channels')} />
        </Chart>
        <Chart title={t('portrait.dayparts')}>
          <EChart option={options.dayparts} height={200} ariaLabel={t('portrait.dayparts')} />
        </Chart>
        <Chart title={t('portrait.weekdays')}>
          <EChart option={options.weekdays} height={200} ariaLabel={t('portrait.weekdays')} />
        </Chart>
        <Col xs={24}>
          <Typography.Text strong>{t('portrait.stores')}</Typography.Text>
          <Table<StoreRow>
            rowKey="storeId"
            size="small"
            pagination={false}
            dataSource={data.stores}
            columns={[
              { title: t('portrait.store'), dataIndex: 'storeName' },
              {
                title: t('portrait.orders'),
                dataIndex: 'orders',
                align: 'right',
                render: (n: number) => format.number(n),
              },
              {
                title: t('guests.spend'),
                dataIndex: 'spendFen',
                align: 'right',
                render: (fen: number) => format.money(fen),
              },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
