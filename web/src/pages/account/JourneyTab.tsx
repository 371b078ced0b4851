// The account's journey: the stage it is in (its moment of truth, since when, how long), a move
// to another stage, every move so far (who or which rule, and why), and the rules that could move
// it next with each condition checked against its data (the facts), so nobody has to guess why
// an account has not moved.
import { useTranslation } from 'react-i18next';
import {
  api,
  type Account,
  type AccountJourney,
  type FieldInfo,
  type JourneyTransition,
} from '../../api';
import { useCan } from '../../auth/permissions';
import { Badge, MomentBadge, StageBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { ErrorBanner, Skeleton } from '../../components/States';
import { fieldValueText, noValueText } from '../../lib/fieldValues';
import { formatDate, formatDateTime } from '../../lib/format';
import { OP_SYMBOL, stayTone } from '../../lib/journey';
import { useAsync } from '../../lib/useAsync';
import { MoveForm } from '../journey/MoveForm';
import { useFieldLabel } from '../journey/RuleEditor';

export function JourneyTab({
  account,
  onAccountChanged,
}: {
  account: Account;
  onAccountChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // A journey move changes the account (POST /accounts/{id}/journey/moves: write_customers).
  const canMove = useCan('writeCustomers');
  const reporting = useRevenueSettings().reportingCurrency;
  const journey = useAsync((signal) => api.accountJourney(account.id, signal), [account.id]);
  // For the rules' names in the history and the facts' descriptions; the tab works without them.
  const rules = useAsync((signal) => api.journeyRules(signal).catch(() => null), []);
  const fields = rules.data?.fields ?? [];
  const ruleName = (key: string) =>
    rules.data?.data.find((r) => r.key === key)?.name ??
    journey.data?.rules.find((r) => r.key === key)?.name ??
    key;

  if (journey.error && !journey.data)
    return <ErrorBanner error={journey.error} onRetry={journey.reload} />;
  if (!journey.data) return <Skeleton rows={6} />;
  const data = journey.data;
  const tone = stayTone(data.days_in_stage, data.moment);

  return (
    <div className="stack" data-testid="journey-tab">
      <div className="grid-2">
        <section className="card" data-testid="journey-current" data-stage={data.stage}>
          <h2 className="card-title">{t('journey.account.current')}</h2>
          <div className="card-pad journey-now">
            <div className="journey-now-stage">
              <StageBadge stage={data.stage} moment={data.moment} testId="journey-stage" />
              <MomentBadge moment={data.moment} />
            </div>
            <dl className="journey-now-facts">
              <div>
                <dt>{t('journey.account.since')}</dt>
                <dd>{formatDate(data.since.slice(0, 10), lang)}</dd>
              </div>
              <div>
                <dt>{t('journey.account.daysInStage')}</dt>
                <dd className={`stay stay-${tone}`} data-testid="journey-days" data-tone={tone}>
                  {t('journey.days', { count: data.days_in_stage })}
                </dd>
              </div>
            </dl>
          </div>
          {canMove && (
            <div className="card-pad journey-move">
              <MoveForm
                accountId={account.id}
                current={data.stage}
                version={data.version}
                onMoved={() => {
                  journey.reload();
                  onAccountChanged();
                }}
                onStale={() => {
                  journey.reload();
                  onAccountChanged();
                }}
                testId="journey-move"
              />
            </div>
          )}
        </section>
        <RulesCard journey={data} fields={fields} currency={reporting} />
      </div>
      <TransitionsCard transitions={data.transitions} ruleName={ruleName} lang={lang} />
      <FactsCard facts={data.facts} fields={fields} currency={reporting} />
    </div>
  );
}

function RulesCard({
  journey,
  fields,
  currency,
}: {
  journey: AccountJourney;
  fields: FieldInfo[];
  /** The reporting currency: the ARR and its thresholds are compared in it. */
  currency: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // The account's own values and, compared with them, the thresholds: its ARR in the reporting
  // currency (none while its currency has no rate).
  const value = (field: string, v: number | null) =>
    fieldValueText(field, v, { lang, t, currency }) ?? noValueText(field, t);
  const fieldLabel = useFieldLabel();
  return (
    <section className="card" data-testid="journey-rules">
      <h2 className="card-title">{t('journey.account.rules')}</h2>
      {journey.rules.length === 0 ? (
        <p className="muted card-pad">{t('journey.account.noRules')}</p>
      ) : (
        <ul className="explain-list">
          {journey.rules.map((rule) => (
            <li
              key={rule.key}
              className="explain"
              data-testid="rule-explain"
              data-rule={rule.key}
              data-ready={rule.ready ? 'true' : 'false'}
            >
              <div className="explain-head">
                <span className="strong">{rule.name}</span>
                <Icon name="arrowRight" size={13} />
                <StageBadge stage={rule.to_stage} />
                <span className="toolbar-spacer" />
                <Badge tone={rule.ready ? 'green' : 'gray'} dot>
                  {rule.ready ? t('journey.account.ready') : t('journey.account.notReady')}
                </Badge>
              </div>
              <ul className="explain-conditions">
                {rule.conditions.map((c, i) => (
                  <li
                    key={i}
                    className={c.holds ? 'holds' : 'fails'}
                    data-testid="rule-check"
                    data-holds={c.holds ? 'true' : 'false'}
                  >
                    <span
                      className="check-mark"
                      aria-label={c.holds ? t('journey.account.holds') : t('journey.account.fails')}
                    >
                      {c.holds ? '✓' : '✗'}
                    </span>
                    <span>
                      {fieldLabel(c.field, fields)} {OP_SYMBOL[c.op]} {value(c.field, c.value)}
                    </span>
                    <span className="muted explain-actual">
                      {t('journey.account.actual', { value: value(c.field, c.actual) })}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TransitionsCard({
  transitions,
  ruleName,
  lang,
}: {
  transitions: JourneyTransition[];
  ruleName: (key: string) => string;
  lang: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="journey-history">
      <h2 className="card-title">{t('journey.account.history')}</h2>
      {transitions.length === 0 ? (
        <p className="muted card-pad">{t('journey.account.noHistory')}</p>
      ) : (
        <ol className="transitions">
          {transitions.map((tr) => (
            <li
              key={tr.id}
              className="transition"
              data-testid="transition"
              data-from={tr.from ?? ''}
              data-to={tr.to}
            >
              <div className="transition-path">
                {tr.from ? (
                  <StageBadge stage={tr.from} />
                ) : (
                  <span className="muted">{t('journey.account.created')}</span>
                )}
                <Icon name="arrowRight" size={13} />
                <StageBadge stage={tr.to} />
              </div>
              <div className="transition-meta">
                <span>{formatDateTime(tr.at, lang)}</span>
                <span className="transition-by" data-testid="transition-by">
                  {tr.rule ? (
                    <>
                      <Icon name="flag" size={12} />{' '}
                      {tr.by_name
                        ? t('journey.account.byRuleRunBy', {
                            name: ruleName(tr.rule),
                            person: tr.by_name,
                          })
                        : t('journey.account.byRule', { name: ruleName(tr.rule) })}
                    </>
                  ) : (
                    t('journey.account.by', { name: tr.by_name ?? tr.by_label })
                  )}
                </span>
              </div>
              {tr.note && (
                <p className="transition-note" data-testid="transition-note">
                  {tr.note}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function FactsCard({
  facts,
  fields,
  currency,
}: {
  facts: Record<string, number | null>;
  fields: FieldInfo[];
  currency: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fieldLabel = useFieldLabel();
  const entries = Object.entries(facts);
  return (
    <section className="card" data-testid="journey-facts">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('journey.account.facts')}</h2>
          <div className="card-head-sub">{t('journey.account.factsHint')}</div>
        </div>
      </div>
      <dl className="kv kv-cols">
        {entries.map(([field, value]) => (
          <div key={field} className="kv-row" data-testid="fact" data-field={field}>
            <dt title={field}>{fieldLabel(field, fields)}</dt>
            <dd>
              {value === null ? (
                <span className="muted">{noValueText(field, t)}</span>
              ) : (
                fieldValueText(field, value, { lang, t, currency })
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
