import { lazy, Suspense, useState } from 'react';
import { Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import type { RevealInput } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCan } from '../../app/auth-context';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useLoad } from '../../shared/use-load';
import { DataSubjectCard } from './DataSubjectCard';
import { GuestConsentsCard } from './GuestConsentsCard';
import { GuestContactCard } from './GuestContactCard';
import { GuestFigures } from './GuestFigures';
import { GuestHeader } from './GuestHeader';
import { GuestIdentitiesCard } from './GuestIdentitiesCard';
import { GuestMergesCard } from './GuestMergesCard';
import { GuestNotesCard } from './GuestNotesCard';
import { GuestOrdersCard } from './GuestOrdersCard';
import { getGuest, listGuestMerges } from './guests.api';
import { MergeGuestModal } from './MergeGuestModal';
import { revealedIdentities } from './reveal-values';
import { RevealModal } from './RevealModal';

// ECharts only loads when a profile is opened.
const GuestPortraitCard = lazy(() =>
  import('./GuestPortraitCard').then((m) => ({ default: m.GuestPortraitCard })),
);

type Field = RevealInput['field'];

/** The 360° profile of one guest: contact (masked, revealable), identities, consent, notes, orders, portrait, merges. */
export function GuestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const guest = useLoad(() => getGuest(id), [id]);
  const merges = useLoad(() => listGuestMerges(id).then((page) => page.items), [id]);
  const [version, setVersion] = useState(0);
  const [revealing, setRevealing] = useState<Field>();
  const [revealed, setRevealed] = useState<{ id: string; values: Partial<Record<Field, unknown>> }>({
    id,
    values: {},
  });
  const [merging, setMerging] = useState(false);

  if (guest.error) {
    return guest.error.code === 'guest_not_found' ? (
      <Result status="404" title={t('errors.guest_not_found')} />
    ) : (
      <ErrorAlert error={guest.error} onRetry={guest.reload} />
    );
  }
  const current = guest.data;
  if (!current || current.id !== id) return <Skeleton active />;

  const values = revealed.id === id ? revealed.values : {};
  const onRevealed = (field: Field, value: unknown) => {
    setRevealed({ id, values: { ...values, [field]: value } });
    setRevealing(undefined);
  };
  const canReveal = can('guests.reveal') && current.status === 'active';
  const reloadAll = () => {
    guest.reload();
    merges.reload();
    setVersion((v) => v + 1);
  };

  return (
    <>
      <GuestHeader guest={current} canMerge={can('guests.merge')} onMerge={() => setMerging(true)} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <GuestFigures guest={current} />
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <GuestContactCard
              guest={current}
              canReveal={canReveal}
              revealed={values}
              onReveal={setRevealing}
            />
            <GuestIdentitiesCard
              identities={current.identities}
              revealed={'identities' in values ? revealedIdentities(values.identities) : undefined}
              canReveal={canReveal}
              onReveal={() => setRevealing('identities')}
            />
          </Flex>
        </Col>
        <Col xs={24} xl={12}>
          <Flex vertical gap={16}>
            <GuestNotesCard guest={current} canManage={can('guests.manage')} onSaved={guest.reload} />
            {can('orders.read') ? <GuestOrdersCard key={version} guestId={current.id} /> : null}
            <DataSubjectCard guest={current} onErased={reloadAll} />
          </Flex>
        </Col>
        <Col xs={24}>
          <GuestConsentsCard guest={current} canManage={can('guests.manage')} onChanged={guest.reload} />
        </Col>
        <Col xs={24}>
          <GuestMergesCard
            guestId={current.id}
            merges={merges}
            canMerge={can('guests.merge')}
            onUndone={reloadAll}
          />
        </Col>
        {can('orders.read') ? (
          <Col xs={24}>
            <Suspense
              fallback={
                <Card size="small">
                  <Skeleton active />
                </Card>
              }
            >
              <GuestPortraitCard key={version} guestId={current.id} />
            </Suspense>
          </Col>
        ) : null}
      </Row>
      {revealing ? (
        <RevealModal
          guestId={current.id}
          field={revealing}
          onClose={() => setRevealing(undefined)}
          onRevealed={onRevealed}
        />
      ) : null}
      {merging ? (
        <MergeGuestModal
          survivor={current}
          onClose={() => setMerging(false)}
          onMerged={() => {
            setMerging(false);
            reloadAll();
          }}
        />
      ) : null}
    </>
  );
}
