// 通貨と為替 / Currency & FX (/currency): the reporting currency and the churn grace days, the
// currencies accounts use without a rate (first, so that none goes unnoticed), the monthly rates
// and their CSV import. Everyone reads; admins and managers change them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FxRate } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatMonth } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { currencyChoices } from './currencies';
import { FxImportCard } from './FxImportCard';
import { FxRateDialog } from './FxRateDialog';
import { FxRatesTable } from './FxRatesTable';
import { MissingRates } from './MissingRates';
import { RevenueSettingsCard } from './RevenueSettingsCard';

type Editing = { rate: FxRate | null; currency?: string } | null;

export function CurrencyPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  useDocumentTitle([t('fx.title')]);
  const canEdit = useCan('writeRevenue');
  // The rates' CSV goes through the importer (POST /imports/fx_rates: import).
  const canImport = useCan('import');
  const shared = useRevenueSettings();
  const rates = useAsync((signal) => api.fxRates(signal), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const settings = shared.settings;
  const data = rates.data;

  function changed(message: string) {
    setNotice(message);
    rates.reload();
  }

  const reporting = data?.reporting_currency ?? settings?.reporting_currency;
  const missing = data?.missing ?? [];
  const currencies = currencyChoices(
    [...missing.map((m) => m.currency), ...(data?.data ?? []).map((r) => r.currency)],
    reporting,
  );

  return (
    <div className="page" data-testid="currency-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('fx.title')}</h1>
          <p className="page-sub">{t('fx.subtitle')}</p>
        </div>
      </div>
      {notice && (
        <Alert tone="success" role="status" testId="fx-notice">
          {notice}
        </Alert>
      )}
      <ErrorBanner error={rates.error} onRetry={rates.reload} />
      {data && reporting && (
        <MissingRates
          missing={missing}
          reporting={reporting}
          onAdd={canEdit ? (currency) => setEditing({ rate: null, currency }) : undefined}
        />
      )}
      <ErrorBanner error={settings ? undefined : shared.error} onRetry={shared.reload} />
      {settings ? (
        <RevenueSettingsCard
          key={settings.version}
          settings={settings}
          canEdit={canEdit}
          onSaved={(saved) => {
            shared.set(saved);
            changed(t('fx.settings.saved'));
          }}
          onReload={async () => {
            const latest = await api.revenueSettings();
            shared.set(latest);
            return latest;
          }}
        />
      ) : (
        !shared.error && <Skeleton rows={3} />
      )}
      {data && reporting ? (
        <FxRatesTable
          rates={data.data}
          reporting={reporting}
          onAdd={
            canEdit ? () => setEditing({ rate: null, currency: missing[0]?.currency }) : undefined
          }
          onEdit={canEdit ? (rate) => setEditing({ rate }) : undefined}
          onDeleted={(rate) =>
            changed(
              t('fx.deleted', { currency: rate.currency, month: formatMonth(rate.month, lang) }),
            )
          }
        />
      ) : (
        !rates.error && <Skeleton rows={4} />
      )}
      {canImport && reporting && (
        <FxImportCard
          reporting={reporting}
          missing={missing.map((m) => m.currency)}
          onImported={() => changed(t('fx.import.done'))}
        />
      )}
      {editing && reporting && (
        <FxRateDialog
          rate={editing.rate}
          reporting={reporting}
          currencies={currencies}
          initialCurrency={editing.currency}
          onSaved={(rate) => {
            setEditing(null);
            changed(t('fx.saved', { currency: rate.currency, rate: rate.rate, reporting }));
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
