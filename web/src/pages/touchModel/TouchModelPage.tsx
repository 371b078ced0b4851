// The touch model (settings): the pyramid of high, low and tech touch as the accounts are now,
// and the rules that decide each account's tier with the accounts per CSM each tier aims at.
// Everyone may read them; those who may configure success edit the rules, and a save reads the
// pyramid again (every account has moved to the tier the new rules give).
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCan } from '../../auth/permissions';
import { Icon } from '../../components/Icon';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { Pyramid } from './Pyramid';
import { RulesEditor } from './RulesEditor';

export function TouchModelPage() {
  const { t } = useTranslation();
  const canEdit = useCan('configureSuccess');
  const pyramid = useAsync((signal) => api.touchPyramid(signal), []);
  const model = useAsync((signal) => api.touchModel(signal), []);
  const currency = useRevenueSettings().reportingCurrency;

  return (
    <div className="page" data-testid="touch-model-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('touchModel.title')}</h1>
          <p className="page-sub">{t('touchModel.subtitle')}</p>
        </div>
      </div>
      <div className="stack">
        <ErrorBanner error={pyramid.error} onRetry={pyramid.reload} />
        {pyramid.data ? <Pyramid pyramid={pyramid.data} /> : !pyramid.error && <Skeleton />}
        <ErrorBanner error={model.error} onRetry={model.reload} />
        {model.data && currency ? (
          <RulesEditor
            model={model.data}
            currency={currency}
            canEdit={canEdit}
            onSaved={pyramid.reload}
          />
        ) : (
          !model.error && <Skeleton />
        )}
        {!canEdit && (
          <p className="muted templates-note">
            <Icon name="lock" size={13} /> {t('touchModel.readOnlyNote')}
          </p>
        )}
      </div>
    </div>
  );
}
