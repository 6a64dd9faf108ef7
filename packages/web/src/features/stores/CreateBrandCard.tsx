import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormSubmit } from '../../shared/use-form-submit';
import { createBrand } from './stores.api';

type Values = { name: string; currency: string };
type Props = { canManage: boolean; onCreated: () => void };

/** Shown when no brand exists: owners create it here; other roles are told to ask one. */
export function CreateBrandCard({ canManage, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['name', 'currency'],
    onSubmit: async (values) => {
      const brand = await createBrand({
        name: values.name.trim(),
        currency: values.currency.trim().toUpperCase(),
      });
      void message.success(t('stores.brandCreated', { name: brand.name }));
      onCreated();
    },
  });

  if (!canManage) return <Alert type="info" showIcon title={t('stores.noBrandReadOnly')} />;
  return (
    <Card style={{ maxWidth: 520 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('stores.noBrandTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('stores.noBrandText')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {error ? <ErrorAlert error={error} /> : null}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ currency: 'CNY' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="name"
            label={t('stores.brandName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('stores.brandName') }),
              },
              { max: 100, message: t('common.maxLength', { field: t('stores.brandName'), max: 100 }) },
            ]}
          >
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="currency"
            label={t('stores.currency')}
            rules={[{ required: true, pattern: /^\s*[A-Za-z]{3}\s*$/, message: t('stores.currencyInvalid') }]}
          >
            <Input maxLength={3} style={{ width: 100 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {t('stores.createBrand')}
          </Button>
        </Form>
      </Space>
    </Card>
  );
}
