import { App, Button, Space } from 'antd';
import type { Staff } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../shared/error-text';
import { resetStaffPassword, updateStaff, type StaffWithPassword } from './staff.api';

type Props = {
  staff: Staff;
  onEdit: (staff: Staff) => void;
  onChanged: () => void;
  onIssued: (result: StaffWithPassword) => void;
};

/** Edit, disable/enable and reset password for one row; the last two ask for confirmation first. */
export function StaffRowActions({ staff, onEdit, onChanged, onIssued }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { name } = staff;
  const disabling = staff.status === 'active';

  const toggleStatus = () =>
    modal.confirm({
      title: t(disabling ? 'staff.disableTitle' : 'staff.enableTitle', { name }),
      content: t(disabling ? 'staff.disableText' : 'staff.enableText'),
      okText: t(disabling ? 'staff.disable' : 'staff.enable'),
      okButtonProps: { danger: disabling },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await updateStaff(staff.id, { status: disabling ? 'disabled' : 'active' });
          void message.success(t(disabling ? 'staff.disabled' : 'staff.enabled', { name }));
          onChanged();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });

  const resetPassword = () =>
    modal.confirm({
      title: t('staff.resetTitle', { name }),
      content: t('staff.resetText'),
      okText: t('staff.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          onIssued(await resetStaffPassword(staff.id));
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(staff)}>
        {t('staff.edit')}
      </Button>
      <Button type="link" size="small" onClick={resetPassword} disabled={!disabling}>
        {t('staff.resetPassword')}
      </Button>
      <Button type="link" size="small" danger={disabling} onClick={toggleStatus}>
        {t(disabling ? 'staff.disable' : 'staff.enable')}
      </Button>
    </Space>
  );
}
