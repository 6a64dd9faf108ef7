import { Tag } from 'antd';
import type { GuestSummary } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { GUEST_STATUS_COLORS } from './guest-labels';

/** Active, merged or erased. */
export function GuestStatusTag({ status }: { status: GuestSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={GUEST_STATUS_COLORS[status]} data-testid="guest-status">
      {t(`guestStatus.${status}`)}
    </Tag>
  );
}
