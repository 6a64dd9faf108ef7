import type { ReactNode } from 'react';
import { Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

type Props = {
  title: ReactNode;
  okText: string;
  submitting: boolean;
  error: unknown;
  onOk: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/** A modal holding one form: OK submits it, the server's error shows above the fields. */
export function FormModal({ title, okText, submitting, error, onOk, onCancel, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onCancel}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error ? <ErrorAlert error={error} /> : null}
        {children}
      </Space>
    </Modal>
  );
}
