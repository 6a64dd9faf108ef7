import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PageHeader } from '../../shared/PageHeader';
import { usePagedList } from '../../shared/use-paged-list';
import { listMergeCandidates } from './guests.api';
import { MergeCandidateCard } from './MergeCandidateCard';

/** The merge review queue: likely duplicates found by the system, decided one by one. */
export function MergeReviewPage() {
  const { t } = useTranslation();
  const list = usePagedList((cursor) => listMergeCandidates(cursor), []);

  return (
    <>
      <Link to="/guests">
        <ArrowLeftOutlined /> {t('guest.backToList')}
      </Link>
      <PageHeader title={t('mergeReview.title')} subtitle={t('mergeReview.subtitle')} />
      <Flex vertical gap="middle">
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        {list.loading && list.items.length === 0 ? <Skeleton active /> : null}
        {!list.loading && list.items.length === 0 && !list.error ? (
          <Empty description={t('mergeReview.empty')} />
        ) : null}
        {list.items.map((candidate) => (
          <MergeCandidateCard key={candidate.id} candidate={candidate} onDone={list.reload} />
        ))}
        {list.hasMore ? (
          <Button onClick={list.loadMore} loading={list.loading} style={{ alignSelf: 'center' }}>
            {t('common.loadMore')}
          </Button>
        ) : list.items.length > 0 ? (
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('common.noMore')}
          </Typography.Text>
        ) : null}
      </Flex>
    </>
  );
}
