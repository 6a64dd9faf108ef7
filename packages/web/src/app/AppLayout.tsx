import { Suspense } from 'react';
import { Flex, Layout, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { FullPageSpin } from '../shared/FullPageSpin';
import { LanguageSwitch } from './LanguageSwitch';
import { useOrg } from './org-context';
import { SideNav } from './SideNav';
import { StoreScopeSelect } from './StoreScopeSelect';
import { UserMenu } from './UserMenu';

/** The console frame: brand and controls on top, modules on the side, the page in the middle. */
export function AppLayout() {
  const { t } = useTranslation();
  const { brands } = useOrg();
  const { token } = theme.useToken();
  const brandName = brands.map((brand) => brand.name).join(' · ') || t('common.appName');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          paddingInline: 24,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Flex align="center" justify="space-between" gap="middle" style={{ height: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'nowrap' }} data-testid="brand-name">
            {brandName}
          </Typography.Title>
          <Flex align="center" gap="small">
            <StoreScopeSelect />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Sider width={208} breakpoint="lg" collapsedWidth={0} theme="light">
          <SideNav />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
