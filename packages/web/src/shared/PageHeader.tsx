import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

type Props = { title: string; subtitle?: string; extra?: ReactNode };

/** The title row of a page, with its main buttons on the right. */
export function PageHeader({ title, subtitle, extra }: Props) {
  return (
    <Flex justify="space-between" align="center" wrap gap="middle" style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Text type="secondary">{subtitle}</Typography.Text> : null}
      </div>
      {extra}
    </Flex>
  );
}
