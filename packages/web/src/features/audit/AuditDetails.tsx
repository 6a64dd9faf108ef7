import { Descriptions, Typography } from 'antd';
import type { AuditEntry } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';

/** The expanded row of an audit entry: full entity IDs, actor and the recorded details. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const details = entry.details && Object.keys(entry.details).length > 0 ? entry.details : null;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        {
          key: 'actor',
          label: t('audit.actor'),
          children: `${t(`audit.actorKinds.${entry.actorKind}`)} ${entry.actorId ?? ''}`,
        },
        { key: 'ids', label: t('audit.entityIds'), children: entry.entityIds.join(', ') || t('common.none') },
        {
          key: 'details',
          label: t('audit.details'),
          children: details ? (
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(details, null, 2)}</pre>
            </Typography.Paragraph>
          ) : (
            t('audit.noDetails')
          ),
        },
      ]}
    />
  );
}
