import { Alert, Button, Flex, Space, Typography } from 'antd';
import { ArrowLeftOutlined, MergeCellsOutlined } from '@ant-design/icons';
import type { Guest } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { GuestStatusTag } from './GuestStatusTag';

type Props = { guest: Guest; canMerge: boolean; onMerge: () => void };

/** Masked name, status and ID; a notice for merged (with the surviving guest) and erased guests. */
export function GuestHeader({ guest, canMerge, onMerge }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Flex vertical gap="middle" style={{ marginBottom: 16 }}>
      <Link to="/guests">
        <ArrowLeftOutlined /> {t('guest.backToList')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="guest-name">
            {guest.name ?? t('guests.unnamed')}
          </Typography.Title>
          <GuestStatusTag status={guest.status} />
          <Typography.Text type="secondary" copyable={{ text: guest.id }} data-testid="guest-id">
            {guest.id}
          </Typography.Text>
        </Space>
        {canMerge && guest.status === 'active' ? (
          <Button icon={<MergeCellsOutlined />} onClick={onMerge} data-testid="guest-merge">
            {t('guest.mergeAnother')}
          </Button>
        ) : null}
      </Flex>
      {guest.status === 'merged' ? (
        <Alert
          type="info"
          showIcon
          data-testid="guest-merged-notice"
          title={t('guest.mergedNotice')}
          description={
            guest.mergedInto ? (
              <Link to={`/guests/${guest.mergedInto}`} data-testid="guest-survivor-link">
                {t('guest.openSurvivor', { id: guest.mergedInto })}
              </Link>
            ) : undefined
          }
        />
      ) : null}
      {guest.status === 'erased' ? (
        <Alert
          type="warning"
          showIcon
          data-testid="guest-erased-notice"
          title={t('guest.erasedNotice')}
          description={t('guest.erasedText', { at: format.dateTime(guest.updatedAt) })}
        />
      ) : null}
    </Flex>
  );
}
