import { useState } from 'react';
import { Button, Flex, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth-context';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { usePagedList } from '../../shared/use-paged-list';
import { GuestCreateModal } from './GuestCreateModal';
import { listGuests, type GuestFilters } from './guests.api';
import { GuestsFilterBar } from './GuestsFilterBar';
import { GuestsTable } from './GuestsTable';
import { MergeReviewLink } from './MergeReviewLink';

/** The guests list: exact search, filters, cursor paging; links to merge review and data quality. */
export function GuestsPage() {
  const { t } = useTranslation();
  const can = useCan();
  // The data-quality report is brand-wide, so store-scoped staff do not get it.
  const brandWide = useMe().storeIds === null;
  const navigate = useNavigate();
  const { storeId } = useOrg();
  const [filters, setFilters] = useState<Omit<GuestFilters, 'storeId'>>({});
  const [creating, setCreating] = useState(false);
  const list = usePagedList((cursor) => listGuests({ ...filters, storeId }, cursor), [filters, storeId]);

  return (
    <>
      <PageHeader
        title={t('guests.title')}
        subtitle={t('guests.subtitle')}
        extra={
          <Space wrap>
            {can('guests.merge') ? <MergeReviewLink /> : null}
            {can('guests.manage') && brandWide ? (
              <Link to="/guests/data-quality">
                <Button>{t('guests.dataQuality')}</Button>
              </Link>
            ) : null}
            {can('guests.manage') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="guest-create"
              >
                {t('guests.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Flex vertical gap="middle">
        <GuestsFilterBar value={filters} onChange={setFilters} />
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <GuestsTable list={list} searching={filters.q !== undefined} />
      </Flex>
      {creating ? (
        <GuestCreateModal
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(`/guests/${id}`)}
        />
      ) : null}
    </>
  );
}
