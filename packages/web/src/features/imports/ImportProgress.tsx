import { Alert, Card, Descriptions, Progress } from 'antd';
import type { ImportJob } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { progressPercent } from './import-form';

/** The job's progress bar and figures while it runs; the failure reason when it failed. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const status = job.status === 'failed' ? 'exception' : job.status === 'finished' ? 'success' : 'active';
  return (
    <Card
      size="small"
      title={t('imports.progressTitle', { file: job.fileName })}
      data-testid="import-progress"
    >
      <Progress percent={progressPercent(job)} status={status} />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 4 }}
        items={[
          { key: 'status', label: t('imports.status'), children: t(`imports.statuses.${job.status}`) },
          {
            key: 'processed',
            label: t('imports.processed'),
            children: `${format.number(job.processedRows)} / ${format.number(job.totalRows)}`,
          },
          { key: 'good', label: t('imports.goodRows'), children: format.number(job.goodRows) },
          { key: 'bad', label: t('imports.badRows'), children: format.number(job.badRows) },
        ]}
      />
      {job.status === 'failed' ? (
        <Alert type="error" showIcon title={t('errors.import_failed')} description={job.error ?? undefined} />
      ) : null}
    </Card>
  );
}
