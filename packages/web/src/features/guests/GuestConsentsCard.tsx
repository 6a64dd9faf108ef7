import { App, Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CONSENT_CHANNELS, type Consent, type Guest } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useErrorText } from '../../shared/error-text';
import { consentMatrix, hasAnyGrant, type ConsentRow } from './consent-matrix';
import { setConsent, withdrawAllConsents } from './guests.api';

type Props = { guest: Guest; canManage: boolean; onChanged: () => void };

/** Consent per purpose × channel, with grant / withdraw per cell and "withdraw all" (after confirmation). */
export function GuestConsentsCard({ guest, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const editable = canManage && guest.status === 'active';

  const change = async (purpose: Consent['purpose'], channel: Consent['channel'], granted: boolean) => {
    try {
      await setConsent(guest.id, { purpose, channels: [channel], granted });
      void message.success(t(granted ? 'guest.consentGranted' : 'guest.consentWithdrawn'));
      onChanged();
    } catch (error) {
      void message.error(errorText(error));
    }
  };

  const withdrawAll = () =>
    modal.confirm({
      title: t('guest.withdrawAllTitle'),
      content: t('guest.withdrawAllText'),
      okText: t('guest.withdrawAll'),
      okButtonProps: { danger: true, 'data-testid': 'withdraw-all-confirm' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await withdrawAllConsents(guest.id);
          void message.success(t('guest.withdrawAllDone'));
          onChanged();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });

  const cell = (purpose: Consent['purpose'], channel: Consent['channel'], consent: Consent | undefined) => {
    const state = consent === undefined ? 'unknown' : consent.granted ? 'granted' : 'withdrawn';
    const tag = (
      <Tag color={state === 'granted' ? 'green' : state === 'withdrawn' ? 'red' : 'default'}>
        {t(`guest.consentStates.${state}`)}
      </Tag>
    );
    return (
      <Space size={0} orientation="vertical" data-testid={`consent-${purpose}-${channel}`}>
        {consent ? (
          <Tooltip title={`${format.dateTime(consent.at)} · ${consent.source} · ${consent.wordingVersion}`}>
            {tag}
          </Tooltip>
        ) : (
          tag
        )}
        {editable ? (
          <Button
            size="small"
            type="link"
            style={{ paddingInline: 0 }}
            danger={state === 'granted'}
            onClick={() => void change(purpose, channel, state !== 'granted')}
          >
            {t(state === 'granted' ? 'guest.withdraw' : 'guest.grant')}
          </Button>
        ) : null}
      </Space>
    );
  };

  const columns: ColumnsType<ConsentRow> = [
    {
      title: t('guest.consentPurpose'),
      dataIndex: 'purpose',
      render: (p: Consent['purpose']) => t(`consentPurposes.${p}`),
    },
    ...CONSENT_CHANNELS.map((channel) => ({
      title: t(`consentChannels.${channel}`),
      key: channel,
      render: (_: unknown, row: ConsentRow) => cell(row.purpose, channel, row.cells[channel]),
    })),
  ];

  return (
    <Card
      title={t('guest.consents')}
      size="small"
      extra={
        editable && hasAnyGrant(guest.consents) ? (
          <Button size="small" danger onClick={withdrawAll} data-testid="withdraw-all">
            {t('guest.withdrawAll')}
          </Button>
        ) : null
      }
    >
      <Table<ConsentRow>
        rowKey="purpose"
        size="small"
        data-testid="guest-consents"
        columns={columns}
        dataSource={consentMatrix(guest.consents)}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
