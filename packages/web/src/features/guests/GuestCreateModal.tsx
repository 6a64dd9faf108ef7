import { App, Form, Input, Select } from 'antd';
import { CHANNELS, type Channel, type IdentityInput } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { upsertGuest } from './guests.api';

type Values = { phone?: string; email?: string; name?: string; tags?: string[]; channel: Channel };
type Props = { onClose: () => void; onSaved: (guestId: string) => void };

const FIELDS = ['phone', 'email', 'name', 'tags', 'channel'] as const;

/** Keys in a guest (e.g. from a paper form); an existing guest with the same phone or e-mail is updated instead. */
export function GuestCreateModal({ onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { storeId } = useOrg();
  const [form] = Form.useForm<Values>();

  const { submit, submitting, error } = useFormSubmit(form, {
    fields: FIELDS,
    codeFields: { invalid_contact: 'phone' },
    onSubmit: async (values) => {
      const identities: IdentityInput[] = [];
      if (values.phone?.trim()) identities.push({ kind: 'phone', value: values.phone.trim() });
      if (values.email?.trim()) identities.push({ kind: 'email', value: values.email.trim() });
      const name = values.name?.trim();
      const guest = await upsertGuest({
        identities,
        channel: values.channel,
        storeId,
        profile: { ...(name ? { name } : {}), ...(values.tags?.length ? { tags: values.tags } : {}) },
      });
      void message.success(t('guests.saved'));
      onSaved(guest.id);
    },
  });

  return (
    <FormModal
      title={t('guests.createTitle')}
      okText={t('common.save')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'dine_in' }}
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          name="phone"
          label={t('guests.phone')}
          dependencies={['email']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                value?.trim() || (getFieldValue('email') as string | undefined)?.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('guests.contactRequired'))),
            }),
          ]}
        >
          <Input autoComplete="off" inputMode="tel" placeholder="138 0013 8000" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('guests.email')}
          rules={[{ type: 'email', message: t('common.emailInvalid') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('guests.name')}
          rules={[{ max: 80, message: t('common.maxLength', { field: t('guests.name'), max: 80 }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="tags" label={t('guests.tags')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} />
        </Form.Item>
        <Form.Item name="channel" label={t('guests.channel')}>
          <Select options={CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) }))} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
