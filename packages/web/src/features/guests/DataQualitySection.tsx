import type { ReactNode } from 'react';
import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

type Props = { title: string; count: number; help: string; testId: string; footer?: ReactNode };

/** One finding of the data-quality report: the count, what it means, and its fix when there is one. */
export function DataQualitySection({ title, count, help, testId, footer }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic
        title={title}
        value={format.number(count)}
        styles={{ content: { color: count > 0 ? '#b5542d' : '#389e0d' } }}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        {count > 0 ? help : t('dataQuality.clean')}
      </Typography.Paragraph>
      {footer}
    </Card>
  );
}
