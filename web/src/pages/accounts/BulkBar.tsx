// The bar over the account table while accounts are ticked: how many, the three bulk actions
// (owner, touch model, journey stage), and a way to untick them all.
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';
import type { BulkAction } from './BulkDialogs';

const ACTIONS: { action: BulkAction; icon: IconName }[] = [
  { action: 'owner', icon: 'user' },
  { action: 'tier', icon: 'tag' },
  { action: 'stage', icon: 'route' },
];

export function BulkBar({
  count,
  onAction,
  onClear,
}: {
  count: number;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.actions')} data-testid="bulk-bar">
      <span className="bulk-count" role="status" data-testid="bulk-count">
        <Icon name="check" size={14} />
        {t('bulk.selected', { count })}
      </span>
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={onClear}
        data-testid="bulk-clear"
      >
        {t('bulk.clear')}
      </button>
      <span className="toolbar-spacer" />
      {ACTIONS.map(({ action, icon }) => (
        <button
          key={action}
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => onAction(action)}
          data-testid={`bulk-${action}`}
        >
          <Icon name={icon} size={14} />
          {t(`bulk.${action}.action`)}
        </button>
      ))}
    </div>
  );
}
