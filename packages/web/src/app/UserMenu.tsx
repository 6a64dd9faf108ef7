import { Avatar, Button, Dropdown } from 'antd';
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth, useMe } from './auth-context';

/** The signed-in user's name with their role, password change and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();

  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password') await navigate('/change-password');
    if (key === 'logout') {
      await logout();
      await navigate('/login', { replace: true });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick: (info) => void onClick(info),
        items: [
          { key: 'who', label: `${me.email} · ${t(`roles.${me.role}`)}`, disabled: true },
          { type: 'divider' },
          { key: 'password', icon: <LockOutlined />, label: t('header.changePassword') },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('header.logout')}</span>,
          },
        ],
      }}
    >
      <Button type="text" data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} />
        {me.name}
      </Button>
    </Dropdown>
  );
}
