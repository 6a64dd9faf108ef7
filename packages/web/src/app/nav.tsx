import type { ReactNode } from 'react';
import type { Action } from '@regulars/contracts';
import { AuditOutlined, HomeOutlined, KeyOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';

/** One module in the side navigation; `permission` hides it (and guards its route) for other roles. */
export type NavItem = {
  path: string;
  label: 'nav.home' | 'nav.stores' | 'nav.staff' | 'nav.apiKeys' | 'nav.audit';
  icon: ReactNode;
  permission?: Action;
};

/** The modules that exist, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/stores', label: 'nav.stores', icon: <ShopOutlined />, permission: 'org.read' },
  { path: '/staff', label: 'nav.staff', icon: <TeamOutlined />, permission: 'staff.read' },
  { path: '/api-keys', label: 'nav.apiKeys', icon: <KeyOutlined />, permission: 'api_keys.manage' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];
