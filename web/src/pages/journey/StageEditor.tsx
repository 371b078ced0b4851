// The journey's stages, edited by admins and managers: rename (Japanese and English), move to
// another moment of truth or position, add, delete. The server refuses to delete a stage that
// accounts are in or a rule names (409): its message is shown on the row.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  type JourneyStage,
  type JourneyStageInput,
  type JourneyStagePatch,
  type Moment,
} from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { DeleteConfirm } from '../../components/ConfirmRow';
import { CellInput, Field, MomentSelect } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { useStages } from '../../components/StagesContext';
import { ErrorBanner, Skeleton } from '../../components/States';
import { useRowEditor } from '../../components/useRowEditor';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';

type Problem = { field: string | null; message: string };

interface StageDraft {
  name_ja: string;
  name_en: string;
  moment: Moment;
  position: string;
}

function draftOf(stage: JourneyStage): StageDraft {
  return {
    name_ja: stage.name_ja,
    name_en: stage.name_en,
    moment: stage.moment,
    position: String(stage.position),
  };
}

/** The fields changed, with the version read; null when nothing changed. */
export function stagePatch(stage: JourneyStage, draft: StageDraft): JourneyStagePatch | null {
  const patch: JourneyStagePatch = { version: stage.version };
  if (draft.name_ja.trim() !== stage.name_ja) patch.name_ja = draft.name_ja.trim();
  if (draft.name_en.trim() !== stage.name_en) patch.name_en = draft.name_en.trim();
  if (draft.moment !== stage.moment) patch.moment = draft.moment;
  if (draft.position.trim() !== '' && Number(draft.position) !== stage.position)
    patch.position = Number(draft.position);
  return Object.keys(patch).length > 1 ? patch : null;
}

export function StageEditor() {
  const { t } = useTranslation();
  const shared = useStages();
  const loaded = useAsync((signal) => api.journeyStages(signal), []);
  const [notice, setNotice] = useState<string | null>(null);

  // Every badge and select in the console reads the shared list: refresh it with ours.
  function changed(message: string) {
    setNotice(message);
    loaded.reload();
    shared.reload();
  }

  return (
    <section className="card" data-testid="stage-editor">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('journey.settings.stages')}</h2>
          <div className="card-head-sub">{t('journey.settings.stagesHint')}</div>
        </div>
      </div>
      {notice && (
        <Alert tone="success" testId="stage-notice">
          {notice}
        </Alert>
      )}
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {!loaded.data && !loaded.error && <Skeleton rows={4} />}
      {loaded.data && (
        <div className="table-wrap">
          <table className="table stage-table" data-testid="stage-table">
            <thead>
              <tr>
                <th>{t('journey.settings.col.key')}</th>
                <th>{t('journey.settings.col.nameJa')}</th>
                <th>{t('journey.settings.col.nameEn')}</th>
                <th>{t('journey.settings.col.moment')}</th>
                <th className="num">{t('journey.settings.col.position')}</th>
                <th className="actions-cell" aria-label={t('journey.settings.col.actions')} />
              </tr>
            </thead>
            <tbody>
              {loaded.data.data.map((stage) => (
                <StageRow
                  key={`${stage.id}-${stage.version}`}
                  stage={stage}
                  onChanged={changed}
                  onStale={loaded.reload}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewStageForm
        stages={loaded.data?.data ?? []}
        onCreated={(stage) => changed(t('journey.settings.stageAdded', { key: stage.key }))}
      />
    </section>
  );
}

function StageRow({
  stage,
  onChanged,
  onStale,
}: {
  stage: JourneyStage;
  onChanged: (message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(stage));
  const row = useRowEditor<Problem>({ closeConfirmOnFailure: true });
  useEffect(() => setDraft(draftOf(stage)), [stage]);
  const patch = stagePatch(stage, draft);

  function edit(field: keyof StageDraft, value: string) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    row.setProblem(null);
  }

  async function save() {
    if (!patch) return;
    if (!draft.name_ja.trim())
      return row.setProblem({ field: 'name_ja', message: t('planForm.required') });
    if (!draft.name_en.trim())
      return row.setProblem({ field: 'name_en', message: t('planForm.required') });
    if (draft.position.trim() !== '' && !Number.isFinite(Number(draft.position)))
      return row.setProblem({ field: 'position', message: t('planForm.notNumber') });
    await row.run(
      async () => {
        await api.updateJourneyStage(stage.id, patch);
        onChanged(t('journey.settings.stageSaved', { key: stage.key }));
      },
      (cause) => {
        if (cause instanceof ApiError && cause.status === 409) onStale();
        return {
          field: cause instanceof ApiError ? cause.field : null,
          message: errorText(cause, t),
        };
      },
    );
  }

  const remove = () =>
    row.run(
      async () => {
        await api.deleteJourneyStage(stage.id);
        onChanged(t('journey.settings.stageDeleted', { key: stage.key }));
      },
      // 409: accounts are in it or a rule names it; the server says which.
      (cause) => ({ field: null, message: errorText(cause, t) }),
    );

  const at = (field: string) => (row.problem?.field === field ? row.problem.message : undefined);
  const general =
    row.problem && !['name_ja', 'name_en', 'moment', 'position'].includes(row.problem.field ?? '')
      ? row.problem.message
      : null;

  return (
    <>
      <tr data-testid="stage-row" data-stage={stage.key}>
        <td>
          <code>{stage.key}</code>
        </td>
        <td>
          <CellInput
            value={draft.name_ja}
            onChange={(v) => edit('name_ja', v)}
            label={t('journey.settings.nameJaOf', { key: stage.key })}
            error={at('name_ja')}
            testId="stage-name-ja"
          />
        </td>
        <td>
          <CellInput
            value={draft.name_en}
            onChange={(v) => edit('name_en', v)}
            label={t('journey.settings.nameEnOf', { key: stage.key })}
            error={at('name_en')}
            testId="stage-name-en"
          />
        </td>
        <td>
          <MomentSelect
            value={draft.moment}
            onChange={(m) => edit('moment', m)}
            label={t('journey.settings.momentOf', { key: stage.key })}
            testId="stage-moment"
          />
          {at('moment') && <div className="field-error">{at('moment')}</div>}
        </td>
        <td className="num">
          <CellInput
            value={draft.position}
            onChange={(v) => edit('position', v)}
            label={t('journey.settings.positionOf', { key: stage.key })}
            error={at('position')}
            testId="stage-position"
            narrow
          />
        </td>
        <td className="actions-cell nowrap">
          <button
            type="button"
            className="btn btn-primary btn-sm"
            disabled={!patch || row.busy}
            onClick={() => void save()}
            data-testid="stage-save"
          >
            {t('journey.settings.save')}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={row.askToConfirm}
            disabled={row.busy}
            title={t('journey.settings.delete')}
            aria-label={t('journey.settings.deleteOf', { key: stage.key })}
            data-testid="stage-delete"
          >
            <Icon name="trash" size={15} />
          </button>
        </td>
      </tr>
      {(row.confirming || general) && (
        <tr className="row-detail">
          <td colSpan={6}>
            {general && <ErrorAlert testId="stage-error">{general}</ErrorAlert>}
            {row.confirming && (
              <DeleteConfirm
                question={t('journey.settings.deleteConfirm', { key: stage.key })}
                busy={row.busy}
                onConfirm={() => void remove()}
                onCancel={row.cancelConfirm}
                testId="stage"
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/** A blank position puts the stage last in its moment (the server would put it first). */
export function lastPosition(stages: readonly JourneyStage[], moment: Moment): number {
  return Math.max(0, ...stages.filter((s) => s.moment === moment).map((s) => s.position)) + 10;
}

function NewStageForm({
  stages,
  onCreated,
}: {
  stages: JourneyStage[];
  onCreated: (stage: JourneyStage) => void;
}) {
  const { t } = useTranslation();
  const empty = { key: '', name_ja: '', name_en: '', moment: 'smot' as Moment, position: '' };
  const [draft, setDraft] = useState(empty);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  function edit(field: keyof typeof empty, value: string) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    setProblem(null);
  }

  async function add() {
    for (const field of ['key', 'name_ja', 'name_en'] as const) {
      if (!draft[field].trim()) return setProblem({ field, message: t('planForm.required') });
    }
    if (draft.position.trim() && !Number.isFinite(Number(draft.position)))
      return setProblem({ field: 'position', message: t('planForm.notNumber') });
    const input: JourneyStageInput = {
      key: draft.key.trim(),
      moment: draft.moment,
      position: draft.position.trim() ? Number(draft.position) : lastPosition(stages, draft.moment),
      name_ja: draft.name_ja.trim(),
      name_en: draft.name_en.trim(),
    };
    setBusy(true);
    try {
      const stage = await api.createJourneyStage(input);
      setDraft(empty);
      onCreated(stage);
    } catch (cause) {
      setProblem({
        field: cause instanceof ApiError ? cause.field : null,
        message: errorText(cause, t),
      });
    } finally {
      setBusy(false);
    }
  }

  const at = (field: string) => (problem?.field === field ? problem.message : undefined);
  const general =
    problem && !['key', 'name_ja', 'name_en', 'moment', 'position'].includes(problem.field ?? '')
      ? problem.message
      : null;

  return (
    <div className="item-form editor-add" data-testid="stage-new">
      <div className="item-form-title">{t('journey.settings.addStage')}</div>
      <div className="item-form-fields">
        <Field
          label={t('journey.settings.col.key')}
          hint={t('journey.settings.keyHint')}
          error={at('key')}
        >
          <input
            type="text"
            className={`mono ${at('key') ? 'input-error' : ''}`}
            value={draft.key}
            onChange={(e) => edit('key', e.target.value)}
            placeholder="trial"
            data-testid="stage-new-key"
          />
        </Field>
        <Field label={t('journey.settings.col.nameJa')} error={at('name_ja')}>
          <input
            type="text"
            className={at('name_ja') ? 'input-error' : ''}
            value={draft.name_ja}
            onChange={(e) => edit('name_ja', e.target.value)}
            data-testid="stage-new-name-ja"
          />
        </Field>
        <Field label={t('journey.settings.col.nameEn')} error={at('name_en')}>
          <input
            type="text"
            className={at('name_en') ? 'input-error' : ''}
            value={draft.name_en}
            onChange={(e) => edit('name_en', e.target.value)}
            data-testid="stage-new-name-en"
          />
        </Field>
        <Field label={t('journey.settings.col.moment')} error={at('moment')}>
          <MomentSelect
            value={draft.moment}
            onChange={(m) => edit('moment', m)}
            label={t('journey.settings.col.moment')}
            testId="stage-new-moment"
          />
        </Field>
        <Field
          label={t('journey.settings.col.position')}
          hint={t('journey.settings.positionHint')}
          error={at('position')}
          small
        >
          <input
            type="number"
            value={draft.position}
            onChange={(e) => edit('position', e.target.value)}
            data-testid="stage-new-position"
          />
        </Field>
      </div>
      {general && <ErrorAlert testId="stage-new-error">{general}</ErrorAlert>}
      <div className="item-form-foot">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => void add()}
          disabled={busy}
          data-testid="stage-new-submit"
        >
          <Icon name="plus" size={14} />
          {t('journey.settings.addStage')}
        </button>
      </div>
    </div>
  );
}
