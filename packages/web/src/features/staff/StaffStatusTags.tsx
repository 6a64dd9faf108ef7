import { Tag } from 'antd';
import type { Staff } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';

/** Active or disabled, plus "locked" and "password not yet set" when they apply. */
export function StaffStatusTags({ staff }: { staff: Staff }) {
  const { t } = useTranslation();
  const locked = staff.lockedUntil !== null && new Date(staff.lockedUntil).getTime() > Date.now();
  return (
    <>
      <Tag color={staff.status === 'active' ? 'green' : 'default'}>{t(`staffStatus.${staff.status}`)}</Tag>
      {locked ? <Tag color="red">{t('staff.locked')}</Tag> : null}
      {staff.mustChangePassword && staff.status === 'active' ? (
        <Tag color="gold">{t('staff.mustChange')}</Tag>
      ) : null}
    </>
  );
}
