import { Button, DatePicker, Form, Input, Select } from 'antd';
import { CHANNELS, ORDER_STATUSES, type Channel, type Order } from '@regulars/contracts';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import type { OrderFilters } from './orders.api';

type Filters = Omit<OrderFilters, 'storeId'>;
type Values = {
  channel?: Channel;
  status?: Order['status'];
  guestId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};
type Props = { value: Filters; onChange: (filters: Filters) => void };

const ALL = '__all__';

/** Channel, status, guest and date filters; the store is the header's store scope, shown here too. */
export function OrdersFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { stores, storeId, setStoreId } = useOrg();
  const [form] = Form.useForm<Values>();

  const apply = ({ channel, status, guestId, range }: Values) =>
    onChange({
      channel,
      status,
      guestId: guestId?.trim() || undefined,
      from: range?.[0]?.startOf('day').format() ?? undefined,
      to: range?.[1]?.endOf('day').format() ?? undefined,
    });

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={apply}
      initialValues={{ guestId: value.guestId }}
      style={{ rowGap: 8 }}
    >
      {stores.length > 0 ? (
        <Form.Item label={t('orders.store')}>
          <Select
            value={storeId ?? ALL}
            onChange={(id: string) => setStoreId(id === ALL ? undefined : id)}
            style={{ width: 180 }}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: ALL, label: t('common.allStores') },
              ...stores.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="channel" label={t('orders.channel')}>
        <Select
          allowClear
          placeholder={t('orders.anyChannel')}
          style={{ width: 150 }}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="status" label={t('orders.status')}>
        <Select
          allowClear
          placeholder={t('orders.anyStatus')}
          style={{ width: 150 }}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name="guestId" label={t('orders.guestId')}>
        <Input allowClear placeholder="gst_…" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range" label={t('orders.dateRange')}>
        <DatePicker.RangePicker format="YYYY-MM-DD" allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.apply')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ guestId: undefined });
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
