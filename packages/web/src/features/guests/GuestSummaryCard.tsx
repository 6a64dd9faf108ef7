import type { ReactNode } from 'react';
import { Card, Descriptions, Tag, Typography } from 'antd';
import type { GuestSummary } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { GuestStatusTag } from './GuestStatusTag';

type Props = { guest: GuestSummary; title: ReactNode; testId?: string; extra?: ReactNode };

/** One guest's masked summary, used to compare two guests before a merge. */
export function GuestSummaryCard({ guest, title, testId, extra }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { storeName } = useOrg();
  const none = t('common.none');
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId} style={{ height: '100%' }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'name',
            label: t('guests.name'),
            children: (
              <Link to={`/guests/${guest.id}`} target="_blank">
                {guest.name ?? t('guests.unnamed')}
              </Link>
            ),
          },
          { key: 'phone', label: t('guests.phone'), children: guest.phone ?? none },
          {
            key: 'tags',
            label: t('guests.tags'),
            children: guest.tags.length ? guest.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none,
          },
          { key: 'visits', label: t('guests.visits'), children: format.number(guest.visits) },
          { key: 'spend', label: t('guests.spend'), children: format.money(guest.spendFen) },
          { key: 'last', label: t('guests.lastVisit'), children: format.dateTime(guest.lastVisitAt) },
          { key: 'store', label: t('guests.homeStore'), children: storeName(guest.homeStoreId) ?? none },
          { key: 'status', label: t('guests.status'), children: <GuestStatusTag status={guest.status} /> },
          {
            key: 'id',
            label: t('guests.id'),
            children: (
              <Typography.Text code copyable={{ text: guest.id }}>
                {guest.id}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
