import { Button, Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Brand, Store } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';

type Props = {
  stores: Store[];
  brands: Brand[];
  loading: boolean;
  canManage: boolean;
  onEdit: (store: Store) => void;
};

/** Code, name, line, city, district type, time zone and status of each store. */
export function StoresTable({ stores, brands, loading, canManage, onEdit }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<Store> = [
    {
      title: t('stores.code'),
      dataIndex: 'code',
      sorter: (a, b) => a.code.localeCompare(b.code),
      defaultSortOrder: 'ascend',
    },
    { title: t('stores.name'), dataIndex: 'name' },
    { title: t('stores.line'), dataIndex: 'line', render: (line: string | null) => line ?? t('common.none') },
    { title: t('stores.city'), dataIndex: 'city', sorter: (a, b) => a.city.localeCompare(b.city) },
    {
      title: t('stores.districtType'),
      dataIndex: 'districtType',
      render: (_, store) => t(`districts.${store.districtType}`),
    },
    { title: t('stores.timezone'), dataIndex: 'timezone' },
    {
      title: t('stores.status'),
      dataIndex: 'status',
      render: (_, store) => (
        <Tag color={store.status === 'open' ? 'green' : 'default'}>{t(`storeStatus.${store.status}`)}</Tag>
      ),
    },
  ];
  if (brands.length > 1) {
    const brandName = new Map(brands.map((brand) => [brand.id, brand.name]));
    columns.unshift({
      title: t('stores.brand'),
      dataIndex: 'brandId',
      render: (id: string) => brandName.get(id) ?? id,
    });
  }
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, store) => (
        <Button type="link" size="small" onClick={() => onEdit(store)}>
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return (
    <Table<Store>
      rowKey="id"
      data-testid="stores-table"
      columns={columns}
      dataSource={stores}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('stores.empty')} /> }}
    />
  );
}
