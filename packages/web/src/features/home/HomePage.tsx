import { Alert, Button, Card, Col, Row, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCan, useMe } from '../../app/auth-context';
import { useOrg } from '../../app/org-context';
import { PageHeader } from '../../shared/PageHeader';
import { BrandCard } from './BrandCard';
import { StoreBreakdown } from './StoreBreakdown';

/** The overview: who is signed in, the brand(s) and the stores in scope, counted from real data. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const { brands, stores, loading } = useOrg();

  const header = (
    <PageHeader
      title={t('home.title', { name: me.name })}
      subtitle={t('home.subtitle', { role: t(`roles.${me.role}`) })}
    />
  );
  if (!can('org.read')) {
    return (
      <>
        {header}
        <Alert type="info" showIcon title={t('home.noOrgAccess')} />
      </>
    );
  }
  if (loading && brands.length === 0)
    return (
      <>
        {header}
        <Skeleton active />
      </>
    );
  if (brands.length === 0) {
    return (
      <>
        {header}
        <Card>
          <Space orientation="vertical">
            {t('home.noBrand')}
            {can('org.manage') ? (
              <Link to="/stores">
                <Button type="primary">{t('home.createBrand')}</Button>
              </Link>
            ) : null}
          </Space>
        </Card>
      </>
    );
  }
  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        {brands.map((brand) => (
          <Col xs={24} key={brand.id}>
            <BrandCard brand={brand} stores={stores.filter((store) => store.brandId === brand.id)} />
          </Col>
        ))}
        <Col xs={24}>
          <StoreBreakdown stores={stores} />
        </Col>
      </Row>
    </>
  );
}
