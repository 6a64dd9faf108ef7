import { Input, Select, Space } from 'antd';
import { ROLES, STAFF_STATUSES } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import type { StaffFilters } from './staff.api';

type Props = { value: StaffFilters; onChange: (filters: StaffFilters) => void };

/** Role, status and text filters of the staff list (the store comes from the header). */
export function StaffFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Select
        allowClear
        placeholder={t('staff.filterRole')}
        aria-label={t('staff.role')}
        style={{ width: 180 }}
        value={value.role}
        onChange={(role) => onChange({ ...value, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <Select
        allowClear
        placeholder={t('staff.filterStatus')}
        aria-label={t('staff.status')}
        style={{ width: 150 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STAFF_STATUSES.map((status) => ({ value: status, label: t(`staffStatus.${status}`) }))}
      />
      <Input.Search
        allowClear
        placeholder={t('staff.search')}
        aria-label={t('staff.search')}
        style={{ width: 260 }}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
      />
    </Space>
  );
}
