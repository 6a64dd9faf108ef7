import { Tag } from 'antd';
import type { Order } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Order['status'], string> = {
  completed: 'green',
  partially_refunded: 'gold',
  refunded: 'orange',
  cancelled: 'default',
};

/** Completed, partly refunded, refunded or cancelled. */
export function OrderStatusTag({ status }: { status: Order['status'] }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`orderStatus.${status}`)}</Tag>;
}
