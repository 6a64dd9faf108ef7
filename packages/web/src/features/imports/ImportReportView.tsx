import { Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import type { BadRow, ImportJob, ImportReport } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

type Quirk = { name: string; count: number; lines: number[] };

/** What an import did: counts, the bad rows with their line numbers and reasons, and the quirks seen. */
export function ImportReportView({ job, report }: { job: ImportJob; report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  // Reasons and quirks are codes from the importer; known ones get a sentence, new ones show as they are.
  const named = (group: 'badReasons' | 'quirkNames', code: string) =>
    i18n.exists(`imports.${group}.${code}`) ? t(`imports.${group}.${code}` as 'imports.title') : code;
  const n = (value: number) => format.number(value);
  const quirks: Quirk[] = Object.entries(report.quirks).map(([name, quirk]) => ({ name, ...quirk }));
  const reasons = Object.entries(report.badReasons).sort((a, b) => b[1] - a[1]);

  const counts =
    job.kind === 'guests'
      ? [
          ['guestsCreated', report.guests.created],
          ['guestsMatched', report.guests.matched],
          ['identitiesAttached', report.guests.identitiesAttached],
          ['mergeCandidates', report.guests.mergeCandidates],
        ]
      : [
          ['ordersCreated', report.orders.created],
          ['ordersPresent', report.orders.alreadyPresent],
          ['ordersAnonymous', report.orders.anonymous],
          ['orderLines', report.orders.lines],
          ['guestsCreated', report.guests.created],
          ['guestsMatched', report.guests.matched],
          ['cancelledLines', report.cancellations.matchedLines],
          ['refunded', report.cancellations.refundedFen],
        ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="import-report">
      <Card size="small" title={t('imports.report')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 4 }}
          items={[
            { key: 'rows', label: t('imports.rows'), children: n(report.rows) },
            { key: 'good', label: t('imports.goodRows'), children: n(report.goodRows) },
            {
              key: 'bad',
              label: t('imports.badRows'),
              children: (
                <Typography.Text type={report.badRows ? 'danger' : undefined}>
                  {n(report.badRows)}
                </Typography.Text>
              ),
            },
            {
              key: 'speed',
              label: t('imports.speed'),
              children: t('imports.speedValue', {
                seconds: report.seconds.toFixed(1),
                rate: n(Math.round(report.rowsPerSecond)),
              }),
            },
            {
              key: 'encoding',
              label: t('imports.encoding'),
              children: `${report.encoding} · ${JSON.stringify(report.delimiter)}`,
            },
            ...counts.map(([key, value]) => ({
              key: key as string,
              label: t(`imports.counts.${key as 'guestsCreated'}`),
              children: key === 'refunded' ? format.money(value as number) : n(value as number),
            })),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('imports.badRowList', { count: report.badRows })}>
            {reasons.length ? (
              <Space wrap style={{ marginBottom: 8 }}>
                {reasons.map(([reason, count]) => (
                  <Tag key={reason} color="red">
                    {named('badReasons', reason)} × {n(count)}
                  </Tag>
                ))}
              </Space>
            ) : null}
            <Table<BadRow>
              rowKey={(row) => `${row.line}-${row.reason}`}
              size="small"
              data-testid="import-bad-rows"
              dataSource={report.badRowList}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              locale={{ emptyText: t('imports.noBadRows') }}
              columns={[
                { title: t('imports.line'), dataIndex: 'line', width: 80 },
                {
                  title: t('imports.reason'),
                  dataIndex: 'reason',
                  render: (r: string) => named('badReasons', r),
                },
                { title: t('imports.detail'), dataIndex: 'detail', render: (d?: string) => d ?? '' },
              ]}
            />
            {report.badRows > report.badRowList.length ? (
              <Typography.Text type="secondary">
                {t('imports.badRowsCut', { shown: n(report.badRowList.length) })}
              </Typography.Text>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('imports.quirks')}>
            <Table<Quirk>
              rowKey="name"
              size="small"
              data-testid="import-quirks"
              dataSource={quirks}
              pagination={false}
              locale={{ emptyText: t('imports.noQuirks') }}
              columns={[
                {
                  title: t('imports.quirk'),
                  dataIndex: 'name',
                  render: (q: string) => named('quirkNames', q),
                },
                {
                  title: t('imports.quirkCount'),
                  dataIndex: 'count',
                  align: 'right',
                  render: (c: number) => n(c),
                },
                {
                  title: t('imports.quirkLines'),
                  dataIndex: 'lines',
                  render: (lines: number[]) => lines.slice(0, 10).join(', '),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
