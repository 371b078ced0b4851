// Creates a tier's or a segment's scorecard: its name and whom it scores, copied from the default
// scorecard's version in force. A tier or segment that has a scorecard, and a segment that filters
// by health band, are shown but cannot be chosen, with why. The server's refusals (409 on
// `tier`/`segment_id`, segment_by_health, tier_or_segment) are worded under the choices.
import { useTranslation } from 'react-i18next';
import { api, type Scorecard, type ScorecardDefinition, type Segment } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { Skeleton } from '../../components/States';
import { useRecordForm } from '../../components/useRecordForm';
import {
  newScorecardDraft,
  newScorecardInput,
  newScorecardProblems,
  type NewScorecardDraft,
  type ScopeKind,
} from './newScorecardForm';
import { segmentChoices, tierChoices, type ScopeChoice } from './scorecardScope';

const KINDS: readonly ScopeKind[] = ['tier', 'segment'];

export function NewScorecardDialog(props: {
  scorecards: readonly Scorecard[];
  /** Undefined while they are read. */
  segments: readonly Segment[] | undefined;
  /** The default scorecard's version in force: the new one starts as a copy of it. */
  start: { number: number; definition: ScorecardDefinition };
  onCreated: (scorecard: Scorecard) => void;
  onClose: () => void;
}) {
  const { scorecards, segments, start, onCreated, onClose } = props;
  const { t } = useTranslation();
  const form = useRecordForm<NewScorecardDraft>(newScorecardDraft);
  const { draft, change, errors } = form;
  const scopeError = draft.kind === 'tier' ? errors.tier : errors.segment_id;

  async function create() {
    const created = await form.submit(newScorecardProblems(draft, t), () =>
      api.createScorecard(newScorecardInput(draft, start.definition)),
    );
    if (created) onCreated(created);
  }

  return (
    <FormDialog
      title={t('scorecards.create.title')}
      testId="new-scorecard-dialog"
      form={form}
      onSubmit={() => void create()}
      onClose={onClose}
      saveLabel={t('scorecards.create.save')}
      wide
    >
      <TextField
        label={t('scorecards.create.name')}
        value={draft.name}
        onChange={(name) => change({ name })}
        error={errors.name}
        maxLength={200}
        testId="new-scorecard-name"
      />
      <fieldset className="field type-field">
        <legend className="field-label">{t('scorecards.create.scope')}</legend>
        <div className="segmented type-choice scope-kinds" role="radiogroup">
          {KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              role="radio"
              aria-checked={draft.kind === kind}
              className={draft.kind === kind ? 'active' : ''}
              // The other kind's choice goes: only one is sent.
              onClick={() => change({ kind, tier: null, segment_id: null })}
              data-testid={`new-scorecard-kind-${kind}`}
            >
              {t(`scorecards.create.kind.${kind}`)}
            </button>
          ))}
        </div>
        {draft.kind === 'tier' && (
          <ScopeChoices
            choices={tierChoices(scorecards, t)}
            chosen={(tier) => draft.tier === tier}
            onChoose={(tier) => change({ tier })}
            title={(tier) => t(`enum.tier.${tier}`)}
            testId="new-scorecard-tier"
            id={(tier) => tier}
          />
        )}
        {draft.kind === 'segment' && !segments && <Skeleton rows={2} />}
        {draft.kind === 'segment' && segments?.length === 0 && (
          <p className="muted form-hint" data-testid="new-scorecard-no-segments">
            {t('scorecards.create.noSegments')}
          </p>
        )}
        {draft.kind === 'segment' && segments && segments.length > 0 && (
          <ScopeChoices
            choices={segmentChoices(scorecards, segments, t)}
            chosen={(segment) => draft.segment_id === segment.id}
            onChoose={(segment) => change({ segment_id: segment.id })}
            title={(segment) => segment.name}
            hint={(segment) => t('scorecards.create.accounts', { count: segment.accounts })}
            testId="new-scorecard-segment"
            id={(segment) => String(segment.id)}
          />
        )}
        {scopeError && (
          <span className="field-error" data-testid="new-scorecard-scope-error">
            {scopeError}
          </span>
        )}
      </fieldset>
      <p className="muted form-hint scope-start" data-testid="new-scorecard-start">
        <Icon name="copy" size={13} /> {t('scorecards.create.start', { number: start.number })}
      </p>
    </FormDialog>
  );
}

/** Choices as cards; one that cannot be chosen is disabled and says why. */
function ScopeChoices<Value>(props: {
  choices: ScopeChoice<Value>[];
  chosen: (value: Value) => boolean;
  onChoose: (value: Value) => void;
  title: (value: Value) => string;
  hint?: (value: Value) => string;
  id: (value: Value) => string;
  testId: string;
}) {
  const { choices, chosen, onChoose, title, hint, id, testId } = props;
  return (
    <div className="scope-choices" role="radiogroup">
      {choices.map(({ value, unavailable }) => {
        const on = chosen(value);
        return (
          <button
            key={id(value)}
            type="button"
            role="radio"
            aria-checked={on}
            disabled={unavailable !== null}
            className={`choice scope-choice ${on ? 'choice-active' : ''}`}
            onClick={() => onChoose(value)}
            data-testid={testId}
            data-value={id(value)}
          >
            <Icon name={on ? 'check' : unavailable ? 'lock' : 'tag'} size={16} />
            <span className="choice-title">{title(value)}</span>
            <span className="choice-hint">
              {[hint?.(value), unavailable].filter(Boolean).join(' · ')}
            </span>
          </button>
        );
      })}
    </div>
  );
}
