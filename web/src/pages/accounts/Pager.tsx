// The account list's foot: how many accounts, which rows are shown, the previous and next page.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

export /** The count, the rows shown ("1–50"), and the previous and next page. */
function Pager(props: {
  total: number | undefined;
  firstRow: number;
  shown: number;
  canGoBack: boolean;
  next: string | null;
  onBack: () => void;
  onForward: (cursor: string) => void;
}) {
  const { total, firstRow, shown, canGoBack, next, onBack, onForward } = props;
  const { t } = useTranslation();
  return (
    <div className="pager">
      <div className="pager-info">
        <span className="count" data-testid="account-total">
          {total !== undefined ? t('accounts.total', { count: total }) : ''}
        </span>
        {shown > 0 && (
          <span className="muted" data-testid="page-range">
            {t('accounts.range', { from: firstRow, to: firstRow + shown - 1 })}
          </span>
        )}
      </div>
      <div className="pager-buttons">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          disabled={!canGoBack}
          onClick={onBack}
          data-testid="page-prev"
        >
          <Icon name="chevronLeft" size={14} />
          {t('common.previous')}
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          disabled={!next}
          onClick={() => next && onForward(next)}
          data-testid="page-next"
        >
          {t('common.next')}
          <Icon name="chevronRight" size={14} />
        </button>
      </div>
    </div>
  );
}
