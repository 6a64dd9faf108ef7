import { App, Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Merge } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../app/format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useErrorText } from '../../shared/error-text';
import type { Loaded } from '../../shared/use-load';
import { undoMerge } from './guests.api';

// The reasons the server records, by their wording there.
const MERGE_REASONS: Record<string, 'staff' | 'review'> = {
  'staff decision': 'staff',
  'merge review': 'review',
};

type Props = { guestId: string; merges: Loaded<Merge[]>; canMerge: boolean; onUndone: () => void };

/** Merges this guest took part in; each not yet undone can be undone (after confirmation). */
export function GuestMergesCard({ guestId, merges, canMerge, onUndone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();

  const undo = (merge: Merge) =>
    modal.confirm({
      title: t('guest.undoTitle'),
      content: t('guest.undoText'),
      okText: t('guest.undo'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await undoMerge(merge.id);
          void message.success(t('guest.undone'));
          onUndone();
        } catch (error) {
          void message.error(errorText(error));
        }
      },
    });

  const other = (merge: Merge) => {
    const absorbed = merge.survivorId === guestId;
    const otherId = absorbed ? merge.mergedId : merge.survivorId;
    return (
      <>
        {t(absorbed ? 'guest.mergedFrom' : 'guest.mergedInto')}{' '}
        <Link to={`/guests/${otherId}`}>
          <Typography.Text code>{otherId}</Typography.Text>
        </Link>
      </>
    );
  };

  const columns: ColumnsType<Merge> = [
    { title: t('guest.mergedAt'), dataIndex: 'at', render: (at: string) => format.dateTime(at) },
    { title: t('guest.mergeGuest'), key: 'other', render: (_, merge) => other(merge) },
    {
      title: t('guest.mergeMoved'),
      dataIndex: 'moved',
      render: (moved: Merge['moved']) => t('guest.movedCounts', moved),
    },
    {
      title: t('guest.mergeReason'),
      dataIndex: 'reason',
      render: (reason: string) =>
        reason in MERGE_REASONS ? t(`guest.mergeReasons.${MERGE_REASONS[reason]!}`) : reason,
    },
    {
      title: t('guests.status'),
      dataIndex: 'undoneAt',
      render: (undoneAt: string | null) =>
        undoneAt ? (
          <Tag>{t('guest.undoneAt', { at: format.dateTime(undoneAt) })}</Tag>
        ) : (
          <Tag color="blue">{t('guest.mergeActive')}</Tag>
        ),
    },
  ];
  if (canMerge) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, merge) =>
        merge.undoneAt ? null : (
          <Button size="small" onClick={() => undo(merge)} data-testid={`undo-merge-${merge.id}`}>
            {t('guest.undo')}
          </Button>
        ),
    });
  }

  return (
    <Card title={t('guest.merges')} size="small">
      {merges.error ? <ErrorAlert error={merges.error} onRetry={merges.reload} /> : null}
      <Table<Merge>
        rowKey="id"
        size="small"
        data-testid="merge-history"
        columns={columns}
        dataSource={merges.data ?? []}
        loading={merges.loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('guest.noMerges') }}
      />
    </Card>
  );
}
