import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormSubmit } from '../../shared/use-form-submit';
import { AuthCard } from './AuthCard';

type Values = { email: string; password: string };

/** E-mail and password sign-in; a one-time password leads on to the password change. */
export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [form] = Form.useForm<Values>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['email', 'password'],
    onSubmit: async ({ email, password }) => {
      const me = await login(email.trim(), password);
      await navigate(me.mustChangePassword ? '/change-password' : from, { replace: true });
    },
  });

  if (state.status === 'signed-in' && !submitting) return <Navigate to="/" replace />;

  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ErrorAlert error={error} /> : null}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          <Form.Item
            name="email"
            label={t('login.email')}
            rules={[
              { required: true, message: t('common.required', { field: t('login.email') }) },
              { type: 'email', message: t('common.emailInvalid') },
            ]}
          >
            <Input autoComplete="username" autoFocus inputMode="email" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Space>
    </AuthCard>
  );
}
