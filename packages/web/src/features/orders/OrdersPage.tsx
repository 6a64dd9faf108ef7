import { useState } from 'react';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { usePagedList } from '../../shared/use-paged-list';
import { listOrders, type OrderFilters } from './orders.api';
import { OrdersFilterBar } from './OrdersFilterBar';
import { OrdersTable } from './OrdersTable';

/** All orders in the store scope, with filters and cursor paging ("Load more"). */
export function OrdersPage() {
  const { t } = useTranslation();
  const { storeId } = useOrg();
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<Omit<OrderFilters, 'storeId'>>(() => ({
    guestId: params.get('guestId') ?? undefined,
  }));
  const list = usePagedList((cursor) => listOrders({ ...filters, storeId }, cursor), [filters, storeId]);

  return (
    <>
      <PageHeader title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <Flex vertical gap="middle">
        <OrdersFilterBar value={filters} onChange={setFilters} />
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <OrdersTable list={list} />
      </Flex>
    </>
  );
}
