import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLoad } from '../../shared/use-load';
import { listMergeCandidates } from './guests.api';

const PEEK = 100;

/** "Merge review" with the number of open candidates (`100+` past the first page; never a full count). */
export function MergeReviewLink() {
  const { t } = useTranslation();
  const { data } = useLoad(() => listMergeCandidates(undefined, PEEK), []);
  const count = data ? (data.nextCursor ? `${PEEK}+` : String(data.items.length)) : undefined;
  return (
    <Link to="/guests/merge-review" data-testid="merge-review-link">
      <Badge count={count && count !== '0' ? count : 0} overflowCount={PEEK} size="small" offset={[-4, 0]}>
        <Button>{t('guests.mergeReview')}</Button>
      </Badge>
    </Link>
  );
}
