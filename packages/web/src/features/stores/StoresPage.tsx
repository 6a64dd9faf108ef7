import { useState } from 'react';
import { Button, Skeleton } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Store } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth-context';
import { useOrg } from '../../app/org-context';
import { PageHeader } from '../../shared/PageHeader';
import { CreateBrandCard } from './CreateBrandCard';
import { StoreFormModal } from './StoreFormModal';
import { StoresTable } from './StoresTable';

type Editing = { mode: 'create' } | { mode: 'edit'; store: Store } | null;

/** The stores of the brand; roles with `org.manage` create and edit them (and create the brand first). */
export function StoresPage() {
  const { t } = useTranslation();
  const canManage = useCan()('org.manage');
  const { brands, stores, loading, reload } = useOrg();
  const [editing, setEditing] = useState<Editing>(null);
  const brand = brands[0];

  if (loading && !brand) return <Skeleton active />;
  if (!brand) return <CreateBrandCard canManage={canManage} onCreated={reload} />;

  return (
    <>
      <PageHeader
        title={t('stores.title')}
        subtitle={t('stores.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create' })}>
              {t('stores.create')}
            </Button>
          ) : null
        }
      />
      <StoresTable
        stores={stores}
        brands={brands}
        loading={loading}
        canManage={canManage}
        onEdit={(store) => setEditing({ mode: 'edit', store })}
      />
      {editing ? (
        <StoreFormModal
          brandId={brand.id}
          store={editing.mode === 'edit' ? editing.store : undefined}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
