// The three bulk actions of the account list, each a small dialog over the selection: a new
// owner (staff by name, or nobody), a touch model override with the reason for it (or back to
// automatic), a journey stage with an optional note. Each says which accounts it changes, checks
// the choice before sending, and shows the server's refusal by its field (lib/errorText).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AccountBulkInput } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { StageSelect } from '../../components/StageSelect';
import { useRecordForm, type RecordForm } from '../../components/useRecordForm';
import { OwnerField } from '../account/OwnerField';
import { TierOverrideFields } from '../account/TierOverrideFields';
import {
  CLEAR_TIER,
  NO_OWNER,
  ownerBody,
  ownerProblems,
  stageBody,
  stageProblems,
  tierBody,
  tierProblems,
  type OwnerDraft,
  type StageDraft,
  type TierDraft,
} from './bulk';
import type { SelectedAccount } from './selection';

export type BulkAction = 'owner' | 'tier' | 'stage';

interface BulkDialogProps {
  accounts: readonly SelectedAccount[];
  /** The change was made: how many accounts it changed. */
  onDone: (updated: number) => void;
  onClose: () => void;
}

/** The dialog's fields a server field names (`owner_id` is the owner select). */
const FORM_FIELD: Record<string, string> = {
  owner_id: 'owner',
  tier_override: 'tier',
  tier_override_reason: 'reason',
  journey_stage: 'stage',
  note: 'note',
};
const fieldOf = (serverField: string) => FORM_FIELD[serverField] ?? null;

/** How many names the dialog lists before "and N more". */
const NAMES_SHOWN = 3;

/** Which accounts the change is for: the first few by name, then how many more. */
function Targets({ accounts }: { accounts: readonly SelectedAccount[] }) {
  const { t } = useTranslation();
  const names = accounts
    .slice(0, NAMES_SHOWN)
    .map((a) => a.name)
    .join(t('bulk.nameSeparator'));
  const more = accounts.length - NAMES_SHOWN;
  return (
    <p className="bulk-targets" data-testid="bulk-targets">
      <span className="bulk-targets-label">{t('bulk.targets')}</span>
      {more > 0 ? t('bulk.namesAndMore', { names, count: more }) : names}
    </p>
  );
}

/** A FormDialog that sends `body(draft)` once `problems(draft)` is empty. */
function BulkDialog<Draft extends object>(
  props: BulkDialogProps & {
    action: BulkAction;
    form: RecordForm<Draft>;
    problems: (draft: Draft) => Record<string, string>;
    body: (ids: number[], draft: Draft) => AccountBulkInput;
    children: ReactNode;
  },
) {
  const { action, accounts, form, problems, body, onDone, onClose, children } = props;
  const { t } = useTranslation();
  const count = accounts.length;

  async function save() {
    const ids = accounts.map((a) => a.id);
    const result = await form.submit(problems(form.draft), () =>
      api.bulkUpdateAccounts(body(ids, form.draft)),
    );
    if (result) onDone(result.updated);
  }

  return (
    <FormDialog
      title={t(`bulk.${action}.title`, { count })}
      testId={`bulk-${action}-dialog`}
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      saveLabel={t('bulk.apply', { count })}
    >
      <Targets accounts={accounts} />
      {children}
    </FormDialog>
  );
}

export function BulkOwnerDialog(props: BulkDialogProps) {
  const { t } = useTranslation();
  const form = useRecordForm<OwnerDraft>({ owner: '' }, { fieldOf });
  const { draft, change, errors } = form;
  return (
    <BulkDialog
      {...props}
      action="owner"
      form={form}
      problems={(d) => ownerProblems(d, t)}
      body={ownerBody}
    >
      <OwnerField
        value={draft.owner}
        onChange={(owner) => change({ owner })}
        current={null}
        label={t('bulk.owner.label')}
        blank={t('bulk.owner.choose')}
        more={<option value={NO_OWNER}>{t('bulk.owner.none')}</option>}
        error={errors.owner}
        testId="bulk-owner"
      />
    </BulkDialog>
  );
}

export function BulkTierDialog(props: BulkDialogProps) {
  const { t } = useTranslation();
  const form = useRecordForm<TierDraft>({ tier: '', reason: '' }, { fieldOf });
  const { draft, change, errors } = form;
  return (
    <BulkDialog
      {...props}
      action="tier"
      form={form}
      problems={(d) => tierProblems(d, t)}
      body={tierBody}
    >
      <TierOverrideFields
        tier={draft.tier}
        reason={draft.reason}
        onTier={(tier) => change({ tier })}
        onReason={(reason) => change({ reason })}
        errors={errors}
        label={t('bulk.tier.label')}
        hint={draft.tier === CLEAR_TIER ? t('bulk.tier.clearHint') : undefined}
        blank={t('bulk.tier.choose')}
        more={<option value={CLEAR_TIER}>{t('bulk.tier.clear')}</option>}
        testId="bulk-tier"
      />
    </BulkDialog>
  );
}

export function BulkStageDialog(props: BulkDialogProps) {
  const { t } = useTranslation();
  const form = useRecordForm<StageDraft>({ stage: '', note: '' }, { fieldOf });
  const { draft, change, errors } = form;
  return (
    <BulkDialog
      {...props}
      action="stage"
      form={form}
      problems={(d) => stageProblems(d, t)}
      body={stageBody}
    >
      <Field label={t('bulk.stage.label')} error={errors.stage} errorTestId="bulk-stage-error">
        <StageSelect
          value={draft.stage}
          onChange={(stage) => change({ stage })}
          placeholder={t('bulk.stage.choose')}
          label={t('bulk.stage.label')}
          testId="bulk-stage-select"
          invalid={Boolean(errors.stage)}
        />
      </Field>
      <Field
        label={t('bulk.stage.note')}
        optional
        error={errors.note}
        errorTestId="bulk-stage-note-error"
        hint={t('bulk.stage.noteHint')}
      >
        <textarea
          rows={3}
          value={draft.note}
          onChange={(e) => change({ note: e.target.value })}
          placeholder={t('bulk.stage.notePlaceholder')}
          className={errors.note ? 'input-error' : ''}
          data-testid="bulk-stage-note"
        />
      </Field>
    </BulkDialog>
  );
}

/** The dialog of an action. */
export function BulkActionDialog({ action, ...props }: BulkDialogProps & { action: BulkAction }) {
  switch (action) {
    case 'owner':
      return <BulkOwnerDialog {...props} />;
    case 'tier':
      return <BulkTierDialog {...props} />;
    case 'stage':
      return <BulkStageDialog {...props} />;
  }
}
