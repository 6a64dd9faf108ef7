import { App, Button, Card, Col, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import type { DataQualityFixInput } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useErrorText } from '../../shared/error-text';
import { PageHeader } from '../../shared/PageHeader';
import { useLoad } from '../../shared/use-load';
import { DataQualitySection } from './DataQualitySection';
import { fixDataQuality, getDataQualityReport } from './guests.api';
import { GuestSampleTable } from './GuestSampleTable';

type Fix = DataQualityFixInput['kind'];

/** The data-quality report (CUS-4): what needs cleaning, samples, and one-click fixes after confirmation. */
export function DataQualityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { data: report, error, loading, reload } = useLoad(getDataQualityReport, []);

  const confirmFix = (kind: Fix, count: number) =>
    modal.confirm({
      title: t(`dataQuality.fixes.${kind}.title`),
      content: t(`dataQuality.fixes.${kind}.text`, { count }),
      okText: t(`dataQuality.fixes.${kind}.button`),
      okButtonProps: { danger: kind === 'remove_invalid_contacts', 'data-testid': 'fix-confirm' },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await fixDataQuality(kind);
          void message.success(t(`dataQuality.fixes.${kind}.done`, { count: result.affected }));
          reload();
        } catch (cause) {
          void message.error(errorText(cause));
        }
      },
    });

  const fixButton = (kind: Fix, count: number) =>
    count > 0 ? (
      <Button onClick={() => confirmFix(kind, count)} data-testid={`fix-${kind}`}>
        {t(`dataQuality.fixes.${kind}.button`)}
      </Button>
    ) : null;

  return (
    <>
      <Link to="/guests">
        <ArrowLeftOutlined /> {t('guest.backToList')}
      </Link>
      <PageHeader
        title={t('dataQuality.title')}
        subtitle={
          report
            ? t('dataQuality.generatedAt', { at: format.dateTime(report.generatedAt) })
            : t('dataQuality.subtitle')
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            {t('dataQuality.refresh')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {!report && loading ? <Skeleton active /> : null}
      {report ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12} xl={6}>
              <DataQualitySection
                testId="dq-duplicates"
                title={t('dataQuality.duplicates')}
                count={report.duplicates.count}
                help={t('dataQuality.duplicatesHelp', {
                  open: format.number(report.duplicates.openCandidates),
                  unqueued: format.number(report.duplicates.unqueuedPairs),
                })}
                footer={
                  <Space wrap>
                    {fixButton('queue_duplicates', report.duplicates.unqueuedPairs)}
                    {report.duplicates.openCandidates > 0 ? (
                      <Link to="/guests/merge-review">{t('guests.mergeReview')}</Link>
                    ) : null}
                  </Space>
                }
              />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <DataQualitySection
                testId="dq-invalid"
                title={t('dataQuality.invalidContacts')}
                count={report.invalidContacts.count}
                help={t('dataQuality.invalidContactsHelp', {
                  identities: format.number(report.invalidContacts.identities),
                })}
                footer={fixButton('remove_invalid_contacts', report.invalidContacts.identities)}
              />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <DataQualitySection
                testId="dq-stale"
                title={t('dataQuality.stale')}
                count={report.stale.count}
                help={t('dataQuality.staleHelp')}
              />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <DataQualitySection
                testId="dq-without-identity"
                title={t('dataQuality.withoutIdentity')}
                count={report.withoutIdentity.count}
                help={t('dataQuality.withoutIdentityHelp')}
              />
            </Col>
          </Row>
          <Card size="small" title={t('dataQuality.samples')}>
            <Typography.Paragraph type="secondary">{t('dataQuality.samplesHelp')}</Typography.Paragraph>
            <Tabs
              items={(
                [
                  ['duplicates', report.duplicates.sample],
                  ['invalidContacts', report.invalidContacts.sample],
                  ['stale', report.stale.sample],
                  ['withoutIdentity', report.withoutIdentity.sample],
                ] as const
              ).map(([key, sample]) => ({
                key,
                label: `${t(`dataQuality.${key}`)} (${sample.length})`,
                children: <GuestSampleTable guests={sample} testId={`dq-sample-${key}`} />,
              }))}
            />
          </Card>
        </Space>
      ) : null}
    </>
  );
}
