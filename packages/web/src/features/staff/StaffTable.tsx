import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Staff } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth-context';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import type { PagedList } from '../../shared/use-paged-list';
import type { StaffWithPassword } from './staff.api';
import { StaffRowActions } from './StaffRowActions';
import { StaffStatusTags } from './StaffStatusTags';

type Props = {
  list: PagedList<Staff>;
  canManage: boolean;
  onEdit: (staff: Staff) => void;
  onIssued: (result: StaffWithPassword) => void;
};

/** The staff table: name, e-mail, role, stores, status, last sign-in, and row actions. */
export function StaffTable({ list, canManage, onEdit, onIssued }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const { storeName } = useOrg();

  const columns: ColumnsType<Staff> = [
    {
      title: t('staff.name'),
      dataIndex: 'name',
      render: (name: string, staff) => (
        <>
          {name}{' '}
          {staff.id === me.id ? <Typography.Text type="secondary">({t('staff.you')})</Typography.Text> : null}
        </>
      ),
    },
    { title: t('staff.email'), dataIndex: 'email' },
    {
      title: t('staff.role'),
      dataIndex: 'role',
      render: (_, staff) => <Tag>{t(`roles.${staff.role}`)}</Tag>,
    },
    {
      title: t('staff.stores'),
      dataIndex: 'storeIds',
      render: (_, staff) =>
        staff.storeIds === null ? (
          <Typography.Text type="secondary">{t('staff.allStores')}</Typography.Text>
        ) : (
          staff.storeIds.map((id) => <Tag key={id}>{storeName(id)}</Tag>)
        ),
    },
    {
      title: t('staff.status'),
      dataIndex: 'status',
      render: (_, staff) => <StaffStatusTags staff={staff} />,
    },
    {
      title: t('staff.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => (at ? format.dateTime(at) : t('staff.never')),
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, staff) =>
        staff.id === me.id ? null : (
          <StaffRowActions staff={staff} onEdit={onEdit} onChanged={list.reload} onIssued={onIssued} />
        ),
    });
  }

  return (
    <Flex vertical gap="middle" align="center">
      <Table<Staff>
        style={{ width: '100%' }}
        rowKey="id"
        data-testid="staff-table"
        columns={columns}
        dataSource={list.items}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('staff.empty')} /> }}
      />
      {list.hasMore ? (
        <Button onClick={list.loadMore} loading={list.loading}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Flex>
  );
}
