import { Card, Table, Tag } from 'antd';
import type { ImportJob } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/use-load';
import { listImports } from './imports.api';

const STATUS_COLORS: Record<ImportJob['status'], string> = {
  running: 'processing',
  finished: 'green',
  failed: 'red',
};

/** The latest imports; a row opens its progress and report. */
export function RecentImports({ onOpen }: { onOpen: (job: ImportJob) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, loading, reload } = useLoad(() => listImports(), []);
  return (
    <Card size="small" title={t('imports.recent')}>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <Table<ImportJob>
        rowKey="id"
        size="small"
        data-testid="recent-imports"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('imports.noneYet') }}
        onRow={(job) => ({ onClick: () => onOpen(job), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('imports.startedAt'),
            dataIndex: 'createdAt',
            render: (at: string) => format.dateTime(at),
          },
          { title: t('imports.file'), dataIndex: 'fileName' },
          {
            title: t('imports.kind'),
            dataIndex: 'kind',
            render: (k: ImportJob['kind']) => t(`imports.kinds.${k}`),
          },
          { title: t('imports.mappingName'), dataIndex: 'mappingName' },
          {
            title: t('imports.status'),
            dataIndex: 'status',
            render: (s: ImportJob['status']) => (
              <Tag color={STATUS_COLORS[s]}>{t(`imports.statuses.${s}`)}</Tag>
            ),
          },
          {
            title: t('imports.goodRows'),
            dataIndex: 'goodRows',
            align: 'right',
            render: (n: number) => format.number(n),
          },
          {
            title: t('imports.badRows'),
            dataIndex: 'badRows',
            align: 'right',
            render: (n: number) => format.number(n),
          },
        ]}
      />
    </Card>
  );
}
