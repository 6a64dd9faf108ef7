import { Table, Tag } from 'antd';
import type { GuestSummary } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { GuestStatusTag } from './GuestStatusTag';

/** A short list of masked guests (a report's sample); a row opens the profile. */
export function GuestSampleTable({ guests, testId }: { guests: GuestSummary[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const none = t('common.none');
  return (
    <Table<GuestSummary>
      rowKey="id"
      size="small"
      data-testid={testId}
      dataSource={guests}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(guest) => ({
        onClick: () => void navigate(`/guests/${guest.id}`),
        style: { cursor: 'pointer' },
      })}
      locale={{ emptyText: t('dataQuality.noSample') }}
      columns={[
        {
          title: t('guests.name'),
          dataIndex: 'name',
          render: (name: string | null) => name ?? t('guests.unnamed'),
        },
        { title: t('guests.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? none },
        {
          title: t('guests.tags'),
          dataIndex: 'tags',
          render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
        },
        { title: t('guests.visits'), dataIndex: 'visits', align: 'right' },
        {
          title: t('guests.lastVisit'),
          dataIndex: 'lastVisitAt',
          render: (at: string | null) => format.dateTime(at),
        },
        {
          title: t('guests.status'),
          dataIndex: 'status',
          render: (s: GuestSummary['status']) => <GuestStatusTag status={s} />,
        },
        { title: t('guests.id'), dataIndex: 'id' },
      ]}
    />
  );
}
