import type { ReactNode } from 'react';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import type { Guest, RevealInput } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { isChannel } from './guest-labels';
import { revealedText } from './reveal-values';

type Field = RevealInput['field'];
type Props = {
  guest: Guest;
  canReveal: boolean;
  revealed: Partial<Record<Field, unknown>>;
  onReveal: (field: Field) => void;
};

/** Contact and preference fields, masked, each personal one with a "Reveal" action for permitted roles. */
export function GuestContactCard({ guest, canReveal, revealed, onReveal }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { storeName } = useOrg();
  const none = t('common.none');

  const personal = (field: Field, masked: string | null): ReactNode => {
    const clear = field in revealed ? revealedText(revealed[field]) : undefined;
    if (clear !== undefined) {
      return (
        <Space size="small">
          <Typography.Text strong data-testid={`revealed-${field}`}>
            {clear ?? none}
          </Typography.Text>
          <Tag color="orange">{t('guest.revealedTag')}</Tag>
        </Space>
      );
    }
    return (
      <Space size="small">
        <span data-testid={`masked-${field}`}>{masked ?? none}</span>
        {canReveal && masked !== null ? (
          <Button
            size="small"
            type="link"
            icon={<EyeOutlined />}
            onClick={() => onReveal(field)}
            data-testid={`reveal-${field}`}
          >
            {t('guest.reveal')}
          </Button>
        ) : null}
      </Space>
    );
  };
  const list = (values: string[]) => (values.length ? values.map((v) => <Tag key={v}>{v}</Tag>) : none);

  return (
    <Card title={t('guest.contact')} size="small">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('guests.name'), children: personal('name', guest.name) },
          { key: 'phone', label: t('guests.phone'), children: personal('phone', guest.phone) },
          { key: 'email', label: t('guests.email'), children: personal('email', guest.email) },
          { key: 'birthday', label: t('guest.birthday'), children: personal('birthday', guest.birthday) },
          {
            key: 'addresses',
            label: t('guest.addresses'),
            children: personal('addresses', guest.addresses.length ? guest.addresses.join('; ') : null),
          },
          {
            key: 'gender',
            label: t('guest.gender'),
            children: guest.gender ? t(`guest.genders.${guest.gender as 'female' | 'male' | 'other'}`) : none,
          },
          { key: 'language', label: t('guest.language'), children: guest.language ?? none },
          { key: 'tastes', label: t('guest.tastes'), children: list(guest.tastes) },
          { key: 'allergies', label: t('guest.allergies'), children: list(guest.allergies) },
          { key: 'store', label: t('guests.homeStore'), children: storeName(guest.homeStoreId) ?? none },
          {
            key: 'source',
            label: t('guest.source'),
            children: `${isChannel(guest.sourceChannel) ? t(`channels.${guest.sourceChannel}`) : guest.sourceChannel} · ${format.dateTime(guest.createdAt)}`,
          },
        ]}
      />
    </Card>
  );
}
