import { useState } from 'react';
import { App, Button, Card, Col, Row, Typography } from 'antd';
import type { MergeCandidate } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { useErrorText } from '../../shared/error-text';
import { dismissMergeCandidate, mergeGuests } from './guests.api';
import { GuestSummaryCard } from './GuestSummaryCard';

// The reasons the server records, by their wording there.
const CANDIDATE_REASONS: Record<string, 'sharedIdentities' | 'sameNameBirthMonth'> = {
  'shared identities': 'sharedIdentities',
  'same name and birth month': 'sameNameBirthMonth',
};

type Props = { candidate: MergeCandidate; onDone: () => void };
type Busy = 'a' | 'b' | 'dismiss' | null;

/** Two guests that may be the same person, side by side: keep A, keep B, or dismiss. */
export function MergeCandidateCard({ candidate, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<Busy>(null);
  const { guestA, guestB } = candidate;

  const run = async (which: Exclude<Busy, null>, action: () => Promise<unknown>, done: string) => {
    setBusy(which);
    try {
      await action();
      void message.success(done);
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      size="small"
      data-testid="merge-candidate"
      title={t('mergeReview.why', {
        reason:
          candidate.reason in CANDIDATE_REASONS
            ? t(`mergeReview.reasons.${CANDIDATE_REASONS[candidate.reason]!}`)
            : candidate.reason,
      })}
      extra={<Typography.Text type="secondary">{format.dateTime(candidate.createdAt)}</Typography.Text>}
      actions={[
        <Button
          key="a"
          type="link"
          loading={busy === 'a'}
          disabled={busy !== null}
          onClick={() =>
            void run('a', () => mergeGuests(guestA.id, guestB.id, candidate.id), t('mergeReview.merged'))
          }
        >
          {t('mergeReview.keepA')}
        </Button>,
        <Button
          key="b"
          type="link"
          loading={busy === 'b'}
          disabled={busy !== null}
          onClick={() =>
            void run('b', () => mergeGuests(guestB.id, guestA.id, candidate.id), t('mergeReview.merged'))
          }
        >
          {t('mergeReview.keepB')}
        </Button>,
        <Button
          key="dismiss"
          type="link"
          loading={busy === 'dismiss'}
          disabled={busy !== null}
          onClick={() =>
            void run('dismiss', () => dismissMergeCandidate(candidate.id), t('mergeReview.dismissed'))
          }
        >
          {t('mergeReview.dismiss')}
        </Button>,
      ]}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <GuestSummaryCard guest={guestA} title={t('mergeReview.guestA')} />
        </Col>
        <Col xs={24} md={12}>
          <GuestSummaryCard guest={guestB} title={t('mergeReview.guestB')} />
        </Col>
      </Row>
    </Card>
  );
}
