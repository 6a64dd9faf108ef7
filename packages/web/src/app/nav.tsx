import type { ReactNode } from 'react';
import type { Action } from '@regulars/contracts';
import {
  AuditOutlined,
  CloudUploadOutlined,
  HomeOutlined,
  KeyOutlined,
  ShopOutlined,
  ShoppingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';

/** One module in the side navigation; `permission` hides it (and guards its route) for other roles. */
export type NavItem = {
  path: string;
  label:
    | 'nav.home'
    | 'nav.guests'
    | 'nav.orders'
    | 'nav.imports'
    | 'nav.stores'
    | 'nav.staff'
    | 'nav.apiKeys'
    | 'nav.audit';
  icon: ReactNode;
  permission?: Action;
};

/** The modules that exist, in menu order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { path: '/guests', label: 'nav.guests', icon: <UserOutlined />, permission: 'guests.read' },
  { path: '/orders', label: 'nav.orders', icon: <ShoppingOutlined />, permission: 'orders.read' },
  { path: '/imports', label: 'nav.imports', icon: <CloudUploadOutlined />, permission: 'imports.run' },
  { path: '/stores', label: 'nav.stores', icon: <ShopOutlined />, permission: 'org.read' },
  { path: '/staff', label: 'nav.staff', icon: <TeamOutlined />, permission: 'staff.read' },
  { path: '/api-keys', label: 'nav.apiKeys', icon: <KeyOutlined />, permission: 'api_keys.manage' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];
