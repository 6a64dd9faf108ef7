import { useState } from 'react';
import { Button, Space } from 'antd';
import type { ImportJob } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { ImportForm } from './ImportForm';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { RecentImports } from './RecentImports';
import { useImportJob } from './use-import-job';

/** Imports a CSV of guests or orders: upload with a mapping, follow the progress, read the report. */
export function ImportsPage() {
  const { t } = useTranslation();
  const [started, setStarted] = useState<ImportJob>();
  const { job, error } = useImportJob(started);

  return (
    <>
      <PageHeader
        title={t('imports.title')}
        subtitle={t('imports.subtitle')}
        extra={
          job && job.status !== 'running' ? (
            <Button onClick={() => setStarted(undefined)}>{t('imports.another')}</Button>
          ) : null
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {!job ? <ImportForm onStarted={setStarted} /> : null}
        {!job ? <RecentImports onOpen={setStarted} /> : null}
        {job ? <ImportProgress job={job} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
        {job?.report ? <ImportReportView job={job} report={job.report} /> : null}
      </Space>
    </>
  );
}
