import { Card, Col, Row, Statistic } from 'antd';
import type { Guest } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

/** Visits, spend, first and last visit: figures kept on the guest record. */
export function GuestFigures({ guest }: { guest: Guest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = [
    { key: 'visits', title: t('guests.visits'), value: format.number(guest.visits) },
    { key: 'spend', title: t('guests.spend'), value: format.money(guest.spendFen) },
    { key: 'first', title: t('guest.firstVisit'), value: format.dateTime(guest.firstVisitAt) },
    { key: 'last', title: t('guests.lastVisit'), value: format.dateTime(guest.lastVisitAt) },
  ];
  return (
    <Card size="small" data-testid="guest-figures">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} md={6}>
            <Statistic title={item.title} value={item.value} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
