import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrg } from './org-context';

const ALL = '__all__';

/** The store scope for pages that list per-store data; "All stores" by default, remembered per user. */
export function StoreScopeSelect() {
  const { t } = useTranslation();
  const { stores, storeId, setStoreId, loading } = useOrg();
  if (stores.length === 0 && !loading) return null;
  return (
    <Select
      aria-label={t('header.storeScope')}
      data-testid="store-scope"
      value={storeId ?? ALL}
      loading={loading}
      onChange={(value: string) => setStoreId(value === ALL ? undefined : value)}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 200 }}
      popupMatchSelectWidth={false}
      options={[
        { value: ALL, label: t('common.allStores') },
        ...stores.map((store) => ({ value: store.id, label: `${store.name} (${store.code})` })),
      ]}
    />
  );
}
