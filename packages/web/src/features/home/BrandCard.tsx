import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { Brand, Store } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

type Props = { brand: Brand; stores: Store[] };

/** One brand with its store counts (only the stores the user can see). */
export function BrandCard({ brand, stores }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = stores.filter((store) => store.status === 'open').length;
  const cities = new Set(stores.map((store) => store.city)).size;
  return (
    <Card data-testid="brand-card">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {brand.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.currency', { currency: brand.currency })} ·{' '}
        {t('home.since', { date: format.dateTime(brand.createdAt) })}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={8}>
          <Statistic title={t('home.stores')} value={stores.length} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('home.openStores')} value={open} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('home.cities')} value={cities} />
        </Col>
      </Row>
    </Card>
  );
}
