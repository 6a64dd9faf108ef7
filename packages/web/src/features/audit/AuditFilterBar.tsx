import { Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import type { AuditFilters } from './audit.api';

type Filters = Omit<AuditFilters, 'storeId'>;
type Values = {
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};
type Props = { value: Filters; onChange: (filters: Filters) => void };

const ALL = '__all__';
const trimmed = (text: string | undefined) => text?.trim() || undefined;

/** Action, entity and date filters; the store filter is the header's store scope, shown here too. */
export function AuditFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { stores, storeId, setStoreId } = useOrg();
  const [form] = Form.useForm<Values>();

  const apply = ({ action, entityType, entityId, range }: Values) =>
    onChange({
      actorId: value.actorId,
      action: trimmed(action),
      entityType: trimmed(entityType),
      entityId: trimmed(entityId),
      from: range?.[0]?.startOf('day').format() ?? undefined,
      to: range?.[1]?.endOf('day').format() ?? undefined,
    });

  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ rowGap: 8 }}>
      <Form.Item name="action" label={t('audit.action')}>
        <Input allowClear placeholder={t('audit.actionPlaceholder')} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <Input allowClear placeholder={t('audit.entityTypePlaceholder')} style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.entityId')}>
        <Input allowClear style={{ width: 170 }} />
      </Form.Item>
      <Form.Item label={t('audit.store')}>
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
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker format="YYYY-MM-DD" allowEmpty={[true, true]} />
      </Form.Item>
      {value.actorId ? (
        <Form.Item label={t('audit.actor')}>
          <Tag closable onClose={() => onChange({ ...value, actorId: undefined })}>
            {value.actorId}
          </Tag>
        </Form.Item>
      ) : null}
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.apply')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
