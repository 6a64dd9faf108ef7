import { Card, Col, Flex, List, Row, Tag, Typography } from 'antd';
import type { Store } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { countBy } from './count-by';

type Props = { stores: Store[] };

function CountRow({ label, count }: { label: string; count: number }) {
  return (
    <List.Item>
      <Flex justify="space-between" style={{ width: '100%' }}>
        <span>{label}</span>
        <Typography.Text strong>{count}</Typography.Text>
      </Flex>
    </List.Item>
  );
}

/** Store counts per city and per district type, and the list of stores in scope. */
export function StoreBreakdown({ stores }: Props) {
  const { t } = useTranslation();
  const byCity = countBy(stores, (store) => store.city);
  const byDistrict = countBy(stores, (store) => store.districtType);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('home.byCity')} size="small">
          <List
            size="small"
            dataSource={byCity}
            renderItem={({ key, count }) => <CountRow label={key} count={count} />}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card title={t('home.byDistrict')} size="small">
          <List
            size="small"
            dataSource={byDistrict}
            renderItem={({ key, count }) => (
              <CountRow label={t(`districts.${key as Store['districtType']}`)} count={count} />
            )}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={`${t('home.inScope')} · ${t('home.storeCount', { count: stores.length })}`} size="small">
          {stores.map((store) => (
            <Tag
              key={store.id}
              color={store.status === 'open' ? 'green' : 'default'}
              style={{ marginBottom: 8 }}
            >
              {store.code} · {store.name}
            </Tag>
          ))}
        </Card>
      </Col>
    </Row>
  );
}
