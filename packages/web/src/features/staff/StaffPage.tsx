import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Staff } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth-context';
import { useOrg } from '../../app/org-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { OneTimeSecretModal } from '../../shared/OneTimeSecretModal';
import { PageHeader } from '../../shared/PageHeader';
import { usePagedList } from '../../shared/use-paged-list';
import { listStaff, type StaffFilters, type StaffWithPassword } from './staff.api';
import { StaffFilterBar } from './StaffFilterBar';
import { StaffFormModal } from './StaffFormModal';
import { StaffTable } from './StaffTable';

type Editing = { mode: 'create' } | { mode: 'edit'; staff: Staff } | null;

/** Staff list with filters; create, edit, disable and password reset for roles that manage staff. */
export function StaffPage() {
  const { t } = useTranslation();
  const canManage = useCan()('staff.manage');
  const { storeId } = useOrg();
  const [filters, setFilters] = useState<StaffFilters>({});
  const [editing, setEditing] = useState<Editing>(null);
  const [issued, setIssued] = useState<StaffWithPassword | null>(null);
  const list = usePagedList((cursor) => listStaff({ ...filters, storeId }, cursor), [filters, storeId]);

  const onIssued = (result: StaffWithPassword) => {
    setIssued(result);
    list.reload();
  };

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ mode: 'create' })}
              data-testid="staff-create"
            >
              {t('staff.create')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap="middle">
        <StaffFilterBar value={filters} onChange={setFilters} />
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        <StaffTable
          list={list}
          canManage={canManage}
          onEdit={(staff) => setEditing({ mode: 'edit', staff })}
          onIssued={onIssued}
        />
      </Flex>
      {editing ? (
        <StaffFormModal
          staff={editing.mode === 'edit' ? editing.staff : undefined}
          onClose={() => setEditing(null)}
          onCreated={(result) => {
            setEditing(null);
            onIssued(result);
          }}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
      <OneTimeSecretModal
        open={issued !== null}
        title={t('staff.otpTitle', { name: issued?.staff.name ?? '' })}
        description={t('staff.otpText', { email: issued?.staff.email ?? '' })}
        secret={issued?.oneTimePassword ?? ''}
        onClose={() => setIssued(null)}
      />
    </>
  );
}
