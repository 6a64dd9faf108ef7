import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import type { GuestFilters } from './guests.api';
import { GUEST_STATUSES } from './guest-labels';

type Filters = Omit<GuestFilters, 'storeId'>;
type Props = { value: Filters; onChange: (filters: Filters) => void };

const ALL = '__all__';

/** Exact search, tag, status and store (the header's store scope, shown here too). */
export function GuestsFilterBar({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { stores, storeId, setStoreId } = useOrg();
  return (
    <Space wrap>
      <Input.Search
        allowClear
        enterButton
        placeholder={t('guests.searchPlaceholder')}
        aria-label={t('guests.search')}
        data-testid="guest-search"
        style={{ width: 420 }}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
      />
      <Input.Search
        allowClear
        placeholder={t('guests.tagPlaceholder')}
        aria-label={t('guests.tag')}
        style={{ width: 180 }}
        defaultValue={value.tag}
        onSearch={(tag) => onChange({ ...value, tag: tag.trim() || undefined })}
      />
      {stores.length > 0 ? (
        <Select
          aria-label={t('guests.homeStore')}
          value={storeId ?? ALL}
          onChange={(id: string) => setStoreId(id === ALL ? undefined : id)}
          style={{ width: 180 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: ALL, label: t('common.allStores') },
            ...stores.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      ) : null}
      <Select
        aria-label={t('guests.status')}
        style={{ width: 150 }}
        value={value.status ?? 'active'}
        onChange={(status) => onChange({ ...value, status })}
        options={GUEST_STATUSES.map((status) => ({ value: status, label: t(`guestStatus.${status}`) }))}
      />
    </Space>
  );
}
