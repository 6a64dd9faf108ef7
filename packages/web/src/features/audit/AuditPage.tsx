import { useState } from 'react';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { usePagedList } from '../../shared/use-paged-list';
import { listAudit, type AuditFilters } from './audit.api';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';

/** The audit log with filters and cursor pagination ("Load more"). */
export function AuditPage() {
  const { t } = useTranslation();
  const { storeId } = useOrg();
  const [filters, setFilters] = useState<Omit<AuditFilters, 'storeId'>>({});
  const list = usePagedList((cursor) => listAudit({ ...filters, storeId }, cursor), [filters, storeId]);

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Flex vertical gap="middle">
        <AuditFilterBar value={filters} onChange={setFilters} />
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <AuditTable list={list} onActor={(actorId) => setFilters({ ...filters, actorId })} />
      </Flex>
    </>
  );
}
