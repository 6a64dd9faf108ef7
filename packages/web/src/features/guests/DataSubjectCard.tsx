import { useState } from 'react';
import { App, Button, Card, Space, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import type { Guest } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth-context';
import { downloadJson } from '../../shared/download';
import { useErrorText } from '../../shared/error-text';
import { EraseGuestModal } from './EraseGuestModal';
import { exportGuest } from './guests.api';

/** Data-subject requests: export everything about the guest, or erase their personal data. */
export function DataSubjectCard({ guest, onErased }: { guest: Guest; onErased: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [exporting, setExporting] = useState(false);
  const [erasing, setErasing] = useState(false);
  // The server's data-subject export shows everything in clear, so it needs `guests.reveal`.
  const canExport = can('guests.reveal');
  const canErase = can('guests.erase') && guest.status === 'active';
  if (!canExport && !canErase) return null;

  const runExport = async () => {
    setExporting(true);
    try {
      downloadJson(`guest-${guest.id}.json`, await exportGuest(guest.id));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card title={t('guest.dataSubject')} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('guest.dataSubjectHelp')}</Typography.Text>
        <Space wrap>
          {canExport ? (
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void runExport()}
              data-testid="guest-export"
            >
              {t('guest.export')}
            </Button>
          ) : null}
          {canErase ? (
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() => setErasing(true)}
              data-testid="guest-erase"
            >
              {t('guest.erase')}
            </Button>
          ) : null}
        </Space>
      </Space>
      {erasing ? (
        <EraseGuestModal
          guestId={guest.id}
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            void message.success(t('guest.erased'));
            onErased();
          }}
        />
      ) : null}
    </Card>
  );
}
