// Lifetime value: the survival of customers by years of tenure and the shifted-beta-geometric
// model fitted to it (alpha, beta), the LTV of a new customer, today's customers' residual value,
// at a yearly discount rate the user may change (?discount=, 10 % by default). Without enough
// history there is no model, and the page says why rather than showing a number.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Lifetime } from '../../api';
import { DefinitionList } from '../../components/Definition';
import { EChart } from '../../components/EChart';
import { MissingMonthRates } from '../../components/MissingMonthRates';
import { ScopeFilters } from '../../components/ScopeFilters';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatMoney, formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';
import { useAsync, useDebounced } from '../../lib/useAsync';
import { useScope } from '../../lib/useScope';
import { survivalOption } from './survivalChart';
import { useParam } from './useParam';

/** The discount of the address as a percentage 0–100, else undefined (the server's 10 %). */
export function readDiscount(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

export function LifetimeTab() {
  const { t } = useTranslation();
  const scopeState = useScope();
  const [discountParam, setDiscount] = useParam('discount');
  const discount = readDiscount(useDebounced(discountParam, 400));
  const report = useAsync(
    (signal) => api.lifetime({ ...scopeState.scope, discount_percent: discount }, signal),
    [scopeState.scopeKey, discount],
  );
  const data = report.data;
  const invalid =
    discountParam !== null && discountParam !== '' && readDiscount(discountParam) === undefined;
  return (
    <div className="stack" data-testid="lifetime-tab">
      <div className="card">
        <ScopeFilters state={scopeState}>
          <label className="toolbar-field">
            {t('revenuePage.lifetime.discount')}
            <span className="input-with-unit">
              <input
                type="number"
                className={`input num-input discount-input ${invalid ? 'input-error' : ''}`}
                min={0}
                max={100}
                step={0.5}
                value={discountParam ?? ''}
                placeholder="10"
                aria-invalid={invalid || undefined}
                onChange={(e) => setDiscount(e.target.value)}
                data-testid="lifetime-discount"
              />
              <span className="unit">%</span>
            </span>
          </label>
        </ScopeFilters>
      </div>
      <ErrorBanner error={report.error} onRetry={report.reload} />
      {!data && !report.error && <Skeleton rows={8} />}
      {data && (
        <div className={`stack ${report.loading ? 'is-refreshing' : ''}`}>
          <MissingMonthRates missing={data.missing_rates} reporting={data.reporting_currency} />
          <LifetimeFigures lifetime={data} />
          <SurvivalCard lifetime={data} loading={report.loading} />
          <section className="card">
            <h2 className="card-title">{t('revenuePage.definitions')}</h2>
            <DefinitionList
              definition={data.definition}
              nameOf={(figure) => t(`revenuePage.figure.${figure}`)}
            />
          </section>
        </div>
      )}
    </div>
  );
}

function LifetimeFigures({ lifetime }: { lifetime: Lifetime }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const money = (minor: number | null) =>
    minor === null ? '—' : formatMoney(minor, lifetime.reporting_currency, lang);
  if (!lifetime.model)
    return (
      <div className="tiles" data-testid="lifetime-figures">
        <div className="tile" data-testid="lifetime-no-model">
          <div className="tile-label">{t('dashboard.figure.ltv')}</div>
          <div className="tile-value muted">—</div>
          <p className="outcome-definition">{t('dashboard.noLifetimeModel')}</p>
        </div>
      </div>
    );
  return (
    <div className="tiles" data-testid="lifetime-figures">
      <Tile label={t('dashboard.figure.ltv')} value={money(lifetime.ltv)} testId="lifetime-ltv" />
      <Tile
        label={t('revenuePage.lifetime.residual')}
        value={money(lifetime.residual_value)}
        sub={t('revenuePage.lifetime.residualSub', {
          count: lifetime.customers,
          arr: money(lifetime.arr),
        })}
        testId="lifetime-residual"
      />
      <Tile
        label={t('revenuePage.lifetime.expected')}
        value={t('revenuePage.lifetime.years', {
          years: formatNumber(lifetime.expected_lifetime_years ?? 0, lang, 1),
        })}
        sub={t('revenuePage.lifetime.discountSub', {
          discount: formatRate(lifetime.discount, lang),
        })}
        testId="lifetime-expected"
      />
      <Tile
        label={t('revenuePage.lifetime.model')}
        value={`α ${formatFit(lifetime.model.alpha, lang)} · β ${formatFit(lifetime.model.beta, lang)}`}
        sub={t('revenuePage.lifetime.churnRate', {
          rate: formatRate(
            lifetime.model.alpha / (lifetime.model.alpha + lifetime.model.beta),
            lang,
          ),
        })}
        testId="lifetime-model"
        small
      />
    </div>
  );
}

/** A fitted parameter: three significant digits, in exponent form when it is very large. */
export function formatFit(value: number, lang: string): string {
  if (Math.abs(value) >= 1e6) return value.toExponential(2);
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    maximumSignificantDigits: 3,
  }).format(value);
}

function Tile({
  label,
  value,
  sub,
  testId,
  small = false,
}: {
  label: string;
  value: string;
  sub?: string;
  testId: string;
  /** A long value (the model's parameters): a smaller size, so that it keeps to one line. */
  small?: boolean;
}) {
  return (
    <div className="tile" data-testid={testId}>
      <div className="tile-label">{label}</div>
      <div className={`tile-value ${small ? 'tile-value-sm' : ''}`} data-testid={`${testId}-value`}>
        {value}
      </div>
      {sub && <div className="tile-sub">{sub}</div>}
    </div>
  );
}

function SurvivalCard({ lifetime, loading }: { lifetime: Lifetime; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(() => survivalOption(lifetime, lang, t), [lifetime, lang, t]);
  return (
    <section className="card">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('revenuePage.lifetime.survivalTitle')}</h2>
          <div className="card-head-sub">{t('revenuePage.lifetime.survivalSub')}</div>
        </div>
      </div>
      <EChart
        option={option}
        loading={loading}
        testId="survival-chart"
        label={t('revenuePage.lifetime.survivalTitle')}
      />
    </section>
  );
}
