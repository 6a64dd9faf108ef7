import { Alert, Button, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  open: boolean;
  title: string;
  description: string;
  secret: string;
  onClose: () => void;
};

/** Shows a password or API key secret exactly once, with a copy button and a warning. */
export function OneTimeSecretModal({ open, title, description, secret, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-secret-done">
          {t('common.secretDone')}
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text>{description}</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: secret, tooltips: [t('common.copy'), t('common.copied')] }}
          code
          style={{ fontSize: 18, marginBottom: 0 }}
          data-testid="one-time-secret"
        >
          {secret}
        </Typography.Paragraph>
        <Alert type="warning" showIcon title={t('common.secretWarning')} />
      </Space>
    </Modal>
  );
}
