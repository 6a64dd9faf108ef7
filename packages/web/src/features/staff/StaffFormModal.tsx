import { App, Form, Input, Select } from 'antd';
import { ROLES, STORE_SCOPED_ROLES, type Role, type Staff } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { createStaff, updateStaff, type StaffWithPassword } from './staff.api';

type Values = { email: string; name: string; role: Role; storeIds: string[] };
type Props = {
  /** The staff member to edit; absent to create one. */
  staff?: Staff;
  onClose: () => void;
  onCreated: (result: StaffWithPassword) => void;
  onSaved: (staff: Staff) => void;
};

const FIELDS = ['email', 'name', 'role', 'storeIds'] as const;

/** Creates or edits a staff member; store managers and cashiers must get at least one store. */
export function StaffFormModal({ staff, onClose, onCreated, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { stores } = useOrg();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const scoped = role !== undefined && STORE_SCOPED_ROLES.includes(role);
  const isOwner = role === 'owner';

  const { submit, submitting, error } = useFormSubmit(form, {
    fields: FIELDS,
    codeFields: { email_taken: 'email', store_scope_required: 'storeIds', store_not_found: 'storeIds' },
    onSubmit: async (values) => {
      const storeIds = isOwner || values.storeIds.length === 0 ? null : values.storeIds;
      if (staff) {
        const saved = await updateStaff(staff.id, { name: values.name, role: values.role, storeIds });
        void message.success(t('staff.saved', { name: saved.name }));
        onSaved(saved);
      } else {
        onCreated(await createStaff({ email: values.email, name: values.name, role: values.role, storeIds }));
      }
    },
  });

  const storeHelp = isOwner
    ? t('staff.storesOwner')
    : scoped
      ? t('staff.storesHelpScoped')
      : t('staff.storesHelpOptional');

  return (
    <FormModal
      title={staff ? t('staff.editTitle', { name: staff.name }) : t('staff.createTitle')}
      okText={staff ? t('common.save') : t('common.create')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="staff-form"
        initialValues={{
          email: staff?.email,
          name: staff?.name,
          role: staff?.role,
          storeIds: staff?.storeIds ?? [],
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="email"
          label={t('staff.email')}
          rules={[
            { required: true, message: t('common.required', { field: t('staff.email') }) },
            { type: 'email', message: t('common.emailInvalid') },
          ]}
        >
          <Input disabled={staff !== undefined} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('staff.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('staff.name') }) },
            { max: 80, message: t('common.maxLength', { field: t('staff.name'), max: 80 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('staff.role')}
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('staff.role') }) }]}
        >
          <Select options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="storeIds"
          label={t('staff.stores')}
          extra={storeHelp}
          dependencies={['role']}
          rules={[
            { required: scoped, type: 'array', min: scoped ? 1 : 0, message: t('staff.storesRequired') },
          ]}
        >
          <Select
            mode="multiple"
            disabled={isOwner}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={scoped ? undefined : t('staff.allStores')}
            options={stores.map((store) => ({ value: store.id, label: `${store.name} (${store.code})` }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
