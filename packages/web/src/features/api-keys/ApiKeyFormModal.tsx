import { Checkbox, Form, Input, Select } from 'antd';
import { ACTIONS, type Action } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { actionKey } from '../../app/common.messages';
import { useOrg } from '../../app/org-context';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { createApiKey, type CreatedApiKey } from './api-keys.api';

type Values = { name: string; actions: Action[]; storeIds: string[] };
type Props = { onClose: () => void; onCreated: (result: CreatedApiKey) => void };

/** Creates an API key: a name, the actions it may perform and optionally the stores it is limited to. */
export function ApiKeyFormModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { stores } = useOrg();
  const [form] = Form.useForm<Values>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['name', 'actions', 'storeIds'],
    codeFields: { store_not_found: 'storeIds' },
    onSubmit: async ({ name, actions, storeIds }) =>
      onCreated(
        await createApiKey({ name: name.trim(), actions, storeIds: storeIds.length > 0 ? storeIds : null }),
      ),
  });

  return (
    <FormModal
      title={t('apiKeys.createTitle')}
      okText={t('common.create')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ actions: [], storeIds: [] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('apiKeys.name')}
          extra={t('apiKeys.nameHelp')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('apiKeys.name') }),
            },
            { max: 80, message: t('common.maxLength', { field: t('apiKeys.name'), max: 80 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="actions"
          label={t('apiKeys.actions')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.actionsRequired') }]}
        >
          <Checkbox.Group
            style={{ display: 'grid', gap: 8 }}
            options={ACTIONS.map((value) => ({ value, label: t(`actions.${actionKey(value)}`) }))}
          />
        </Form.Item>
        <Form.Item name="storeIds" label={t('apiKeys.stores')} extra={t('apiKeys.storesHelp')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('apiKeys.allStores')}
            showSearch={{ optionFilterProp: 'label' }}
            options={stores.map((store) => ({ value: store.id, label: `${store.name} (${store.code})` }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
