import { Alert, Form, Input, Select, Typography } from 'antd';
import { ERASURE_REASONS, type ErasureReason } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { eraseGuest } from './guests.api';

type Values = { reason: ErasureReason; confirmation: string };
type Props = { guestId: string; onClose: () => void; onErased: () => void };

/** Erases a guest's personal data for good, after a reason and the typed confirmation word. */
export function EraseGuestModal({ guestId, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const word = t('guest.eraseWord');
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['reason'],
    onSubmit: async (values) => {
      await eraseGuest(guestId, values.reason);
      onErased();
    },
  });

  return (
    <FormModal
      title={t('guest.eraseTitle')}
      okText={t('guest.erase')}
      submitting={submitting}
      error={error}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="error" showIcon title={t('guest.eraseWarning')} description={t('guest.eraseText')} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        requiredMark={false}
      >
        <Form.Item
          name="reason"
          label={t('guest.eraseReason')}
          rules={[{ required: true, message: t('common.requiredChoice', { field: t('guest.eraseReason') }) }]}
        >
          <Select
            data-testid="erase-reason"
            placeholder={t('guest.eraseReasonPlaceholder')}
            options={ERASURE_REASONS.map((value) => ({ value, label: t(`guest.erasureReasons.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="confirmation"
          label={
            <Typography.Text>
              {t('guest.eraseConfirmLabel')} <Typography.Text code>{word}</Typography.Text>
            </Typography.Text>
          }
          rules={[
            {
              validator: (_, value?: string) =>
                value?.trim() === word
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('guest.eraseMismatch', { word }))),
            },
          ]}
        >
          <Input autoComplete="off" data-testid="erase-confirmation" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
