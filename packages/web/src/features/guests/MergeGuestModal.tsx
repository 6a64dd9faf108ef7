import { useState } from 'react';
import { Alert, Col, Empty, Input, List, Modal, Row, Space, Typography } from 'antd';
import type { Guest, GuestSummary } from '@regulars/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { listGuests, mergeGuests } from './guests.api';
import { GuestSummaryCard } from './GuestSummaryCard';

type Props = { survivor: Guest; onClose: () => void; onMerged: () => void };

/**
 * Finds another guest by exact phone, e-mail, card or guest ID, shows both side by side and,
 * once confirmed, merges the other guest into this one.
 */
export function MergeGuestModal({ survivor, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const [found, setFound] = useState<GuestSummary[] | undefined>();
  const [chosen, setChosen] = useState<GuestSummary | undefined>();
  const [searching, setSearching] = useState(false);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<unknown>();

  const search = async (q: string) => {
    if (!q.trim()) return;
    setSearching(true);
    setError(undefined);
    setChosen(undefined);
    try {
      const page = await listGuests({ q: q.trim(), status: 'active' }, undefined);
      const others = page.items.filter((guest) => guest.id !== survivor.id);
      setFound(others);
      if (others.length === 1) setChosen(others[0]);
    } catch (cause) {
      setError(cause);
    } finally {
      setSearching(false);
    }
  };

  const merge = async () => {
    if (!chosen) return;
    setMerging(true);
    setError(undefined);
    try {
      await mergeGuests(survivor.id, chosen.id);
      onMerged();
    } catch (cause) {
      setError(cause);
    } finally {
      setMerging(false);
    }
  };

  return (
    <Modal
      open
      width={860}
      title={t('guest.mergeTitle')}
      okText={t('guest.mergeConfirm')}
      okButtonProps={{ disabled: !chosen, 'data-testid': 'merge-confirm' }}
      cancelText={t('common.cancel')}
      confirmLoading={merging}
      onOk={() => void merge()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('guest.mergeHelp')}</Typography.Text>
        <Input.Search
          autoFocus
          enterButton
          loading={searching}
          placeholder={t('guests.searchPlaceholder')}
          aria-label={t('guests.search')}
          data-testid="merge-search"
          onSearch={(q) => void search(q)}
        />
        {error ? <ErrorAlert error={error} /> : null}
        {found && found.length === 0 ? <Empty description={t('guest.mergeNoMatch')} /> : null}
        {found && found.length > 1 ? (
          <List<GuestSummary>
            size="small"
            bordered
            dataSource={found}
            renderItem={(guest) => (
              <List.Item
                onClick={() => setChosen(guest)}
                style={{ cursor: 'pointer', background: chosen?.id === guest.id ? '#fff4ec' : undefined }}
              >
                {guest.name ?? t('guests.unnamed')} · {guest.phone ?? t('common.none')} · {guest.id}
              </List.Item>
            )}
          />
        ) : null}
        {chosen ? (
          <>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <GuestSummaryCard guest={survivor} title={t('guest.mergeKeeps')} testId="merge-survivor" />
              </Col>
              <Col xs={24} md={12}>
                <GuestSummaryCard guest={chosen} title={t('guest.mergeAbsorbs')} testId="merge-absorbed" />
              </Col>
            </Row>
            <Alert type="info" showIcon title={t('guest.mergeExplain')} />
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
