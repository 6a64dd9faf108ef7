import { App, Form, Input, Select } from 'antd';
import { DISTRICT_TYPES, type DistrictType, type Store } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { createStore, updateStore } from './stores.api';
import { TIME_ZONES } from './time-zones';

type Values = {
  brandId: string;
  code: string;
  name: string;
  line?: string;
  city: string;
  districtType: DistrictType;
  timezone: string;
  status: Store['status'];
};
type Props = { brandId: string; store?: Store; onClose: () => void; onSaved: (store: Store) => void };

const FIELDS = ['brandId', 'code', 'name', 'line', 'city', 'districtType', 'timezone', 'status'] as const;

/** Creates a store (code fixed from then on) or edits one. */
export function StoreFormModal({ brandId, store, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { brands } = useOrg();
  const [form] = Form.useForm<Values>();
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const max = (field: string, length: number) => ({
    max: length,
    message: t('common.maxLength', { field, max: length }),
  });

  const { submit, submitting, error } = useFormSubmit(form, {
    fields: FIELDS,
    onSubmit: async ({ brandId: brand, code, status, line, ...rest }) => {
      const common = { ...rest, line: line?.trim() ? line.trim() : null };
      const saved = store
        ? await updateStore(store.id, { ...common, status })
        : await createStore({ ...common, brandId: brand, code: code.trim() });
      void message.success(t(store ? 'stores.saved' : 'stores.created', { name: saved.name }));
      onSaved(saved);
    },
  });

  return (
    <FormModal
      title={store ? t('stores.editTitle', { name: store.name }) : t('stores.createTitle')}
      okText={store ? t('common.save') : t('common.create')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          brandId,
          timezone: 'Asia/Shanghai',
          districtType: 'business',
          status: 'open',
          ...store,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="brandId" label={t('stores.brand')} hidden={store !== undefined || brands.length < 2}>
          <Select options={brands.map((brand) => ({ value: brand.id, label: brand.name }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('stores.code')}
          extra={store ? undefined : t('stores.codeHelp')}
          rules={[
            required(t('stores.code')),
            { pattern: /^\s*[A-Za-z0-9_-]{1,20}\s*$/, message: t('stores.codeInvalid') },
          ]}
        >
          <Input disabled={store !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('stores.name')}
          rules={[required(t('stores.name')), max(t('stores.name'), 100)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="line"
          label={t('stores.line')}
          extra={t('stores.lineHelp')}
          rules={[max(t('stores.line'), 40)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="city"
          label={t('stores.city')}
          rules={[required(t('stores.city')), max(t('stores.city'), 60)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="districtType"
          label={t('stores.districtType')}
          rules={[
            { required: true, message: t('common.requiredChoice', { field: t('stores.districtType') }) },
          ]}
        >
          <Select options={DISTRICT_TYPES.map((value) => ({ value, label: t(`districts.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="timezone"
          label={t('stores.timezone')}
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('stores.timezone') }) }]}
        >
          <Select showSearch options={TIME_ZONES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="status" label={t('stores.status')} hidden={store === undefined}>
          <Select
            options={(['open', 'closed'] as const).map((value) => ({
              value,
              label: t(`storeStatus.${value}`),
            }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
