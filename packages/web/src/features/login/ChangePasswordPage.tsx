import { App, Button, Flex, Form, Input, Space } from 'antd';
import { PASSWORD_MIN_LENGTH } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth, useMe } from '../../app/auth-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useFormSubmit } from '../../shared/use-form-submit';
import { AuthCard } from './AuthCard';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/** Replaces the password: required after a one-time password, otherwise reachable from the user menu. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { changePassword, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { submit, submitting, error } = useFormSubmit(form, {
    fields: ['currentPassword', 'newPassword'],
    codeFields: { invalid_credentials: 'currentPassword', weak_password: 'newPassword' },
    onSubmit: async ({ currentPassword, newPassword }) => {
      await changePassword(currentPassword, newPassword);
      void message.success(t('login.changed'));
      await navigate('/', { replace: true });
    },
  });
  const min = PASSWORD_MIN_LENGTH;
  const emailName = (me.email.split('@')[0] ?? me.email).toLowerCase();

  return (
    <AuthCard
      title={t('login.changeTitle')}
      subtitle={me.mustChangePassword ? t('login.changeRequired') : t('login.changeVoluntary')}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ErrorAlert error={error} /> : null}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          <Form.Item
            name="currentPassword"
            label={t('login.currentPassword')}
            rules={[{ required: true, message: t('common.required', { field: t('login.currentPassword') }) }]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('login.newPassword')}
            extra={t('login.passwordRule', { min })}
            dependencies={['currentPassword']}
            rules={[
              { required: true, message: t('common.required', { field: t('login.newPassword') }) },
              { min, message: t('login.passwordTooShort', { min }) },
              { max: 200, message: t('common.maxLength', { field: t('login.newPassword'), max: 200 }) },
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  if (value && value === getFieldValue('currentPassword'))
                    throw new Error(t('login.passwordSame'));
                  if (value && emailName.length >= 4 && String(value).toLowerCase().includes(emailName)) {
                    throw new Error(t('login.passwordHasEmail', { name: emailName }));
                  }
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('login.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('common.required', { field: t('login.confirmPassword') }) },
              ({ getFieldValue }) => ({
                validator: async (_, value) => {
                  if (value && value !== getFieldValue('newPassword'))
                    throw new Error(t('login.passwordMismatch'));
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Flex vertical gap="small">
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={submitting}
              data-testid="change-password-submit"
            >
              {t('login.changeSubmit')}
            </Button>
            {me.mustChangePassword ? (
              <Button type="link" onClick={() => void logout()}>
                {t('login.signOut')}
              </Button>
            ) : (
              <Button type="link" onClick={() => void navigate('/')}>
                {t('login.cancel')}
              </Button>
            )}
          </Flex>
        </Form>
      </Space>
    </AuthCard>
  );
}
