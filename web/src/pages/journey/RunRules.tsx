// "Run the rules now": a dry run first lists the accounts the enabled rules would move (nothing
// changes), then applying moves them. The server lists at most 200 moves; the count is whole.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type JourneyRule, type RuleRunResult } from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { StageBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { errorText } from '../../lib/errorText';

export function RunRules({ rules }: { rules: JourneyRule[] }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<RuleRunResult | null>(null);
  const [applied, setApplied] = useState<RuleRunResult | null>(null);
  const [busy, setBusy] = useState<'preview' | 'apply' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ruleName = (key: string) => rules.find((r) => r.key === key)?.name ?? key;

  async function run(dryRun: boolean) {
    setBusy(dryRun ? 'preview' : 'apply');
    setProblem(null);
    try {
      const result = await api.runJourneyRules(dryRun);
      if (dryRun) {
        setPreview(result);
        setApplied(null);
      } else {
        setApplied(result);
        setPreview(null);
      }
    } catch (cause) {
      setProblem(errorText(cause, t));
    } finally {
      setBusy(null);
    }
  }

  const shown = applied ?? preview;
  return (
    <section className="card" data-testid="rule-run">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('journey.run.title')}</h2>
          <div className="card-head-sub">{t('journey.run.hint')}</div>
        </div>
        <div className="card-head-tools">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => void run(true)}
            disabled={busy !== null}
            data-testid="rule-run-preview"
          >
            <Icon name="refresh" size={14} />
            {busy === 'preview' ? t('journey.run.running') : t('journey.run.preview')}
          </button>
          {preview && preview.moved > 0 && (
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={() => void run(false)}
              disabled={busy !== null}
              data-testid="rule-run-apply"
            >
              <Icon name="play" size={14} />
              {busy === 'apply'
                ? t('journey.run.running')
                : t('journey.run.apply', { count: preview.moved })}
            </button>
          )}
        </div>
      </div>
      {problem && <ErrorAlert testId="rule-run-error">{problem}</ErrorAlert>}
      {shown && (
        <>
          <Alert
            tone={applied ? 'success' : 'info'}
            icon={applied ? 'check' : 'activity'}
            testId={applied ? 'rule-run-applied' : 'rule-run-summary'}
          >
            {applied
              ? t('journey.run.appliedSummary', {
                  evaluated: applied.evaluated,
                  count: applied.moved,
                })
              : t('journey.run.previewSummary', { evaluated: shown.evaluated, count: shown.moved })}
            {shown.moved > shown.moves.length && (
              <> {t('journey.run.capped', { shown: shown.moves.length })}</>
            )}
          </Alert>
          {shown.moves.length > 0 && (
            <div className="table-wrap table-wrap-short">
              <table className="table" data-testid="rule-run-moves">
                <thead>
                  <tr>
                    <th>{t('journey.run.col.account')}</th>
                    <th>{t('journey.run.col.from')}</th>
                    <th>{t('journey.run.col.to')}</th>
                    <th>{t('journey.run.col.rule')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.moves.map((m) => (
                    <tr
                      key={`${m.account_id}-${m.rule}`}
                      data-testid="rule-run-move"
                      data-account-id={m.account_id}
                    >
                      <td>
                        <Link to={`/accounts/${m.account_id}?tab=journey`}>{m.account_name}</Link>
                      </td>
                      <td>
                        <StageBadge stage={m.from} />
                      </td>
                      <td>
                        <StageBadge stage={m.to} />
                      </td>
                      <td>{ruleName(m.rule)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
