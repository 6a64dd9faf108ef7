import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useCan } from './auth-context';
import { NAV_ITEMS } from './nav';

/** The side navigation: only the modules the user's role may use. */
export function SideNav() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = NAV_ITEMS.filter((item) => !item.permission || can(item.permission));
  const selected = items.filter((item) =>
    item.path === '/' ? pathname === '/' : pathname.startsWith(item.path),
  );

  return (
    <Menu
      mode="inline"
      data-testid="side-nav"
      selectedKeys={selected.map((item) => item.path)}
      onClick={({ key }) => void navigate(key)}
      items={items.map((item) => ({ key: item.path, icon: item.icon, label: t(item.label) }))}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
