import { Form, Select, Typography } from 'antd';
import { PURPOSES, type RevealInput } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { revealGuestField } from './guests.api';

type Purpose = RevealInput['purpose'];
type Props = {
  guestId: string;
  field: RevealInput['field'];
  onClose: () => void;
  onRevealed: (field: RevealInput['field'], value: unknown) => void;
};

/** Asks why a personal field is needed, then shows it in clear; the purpose is written to the audit log. */
export function RevealModal({ guestId, field, onClose, onRevealed }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ purpose: Purpose }>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['purpose'],
    codeFields: { purpose_required: 'purpose' },
    onSubmit: async ({ purpose }) => {
      const result = await revealGuestField(guestId, { field, purpose });
      onRevealed(field, result.value);
    },
  });

  return (
    <FormModal
      title={t('guest.revealTitle', { field: t(`guest.revealFields.${field}`) })}
      okText={t('guest.reveal')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('guest.revealText')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false}>
        <Form.Item
          name="purpose"
          label={t('guest.purpose')}
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('guest.purpose') }) }]}
        >
          <Select
            data-testid="reveal-purpose"
            placeholder={t('guest.purposePlaceholder')}
            options={PURPOSES.map((value) => ({ value, label: t(`purposes.${value}`) }))}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
