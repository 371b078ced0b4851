// The small forms that add to a plan being edited: an objective (its type, CX or CO, is
// required; the kind is offered by type), a KPI (the target must differ from the baseline) and
// a milestone. Each checks its inputs before adding; nothing is sent until the plan is saved.
// A template's editor uses them too, with the due as days from the start (`dueAs="days"`).
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import {
  KINDS_OF_TYPE,
  OBJECTIVE_TYPES,
  type Kpi,
  type Milestone,
  type Objective,
  type ObjectiveKind,
  type ObjectiveType,
} from '../../api';
import { Field } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { DueField, dueOf, dueProblem, type DueAs } from './DueField';
import { kpiValueProblem, unitKind } from '../../lib/kpiUnits';

type Errors = Record<string, string>;

/** '' → null; a number; or NaN for text that is not one. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

function FormFoot({ onCancel, testId }: { onCancel: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="item-form-foot">
      <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel}>
        {t('planForm.cancel')}
      </button>
      <button type="submit" className="btn btn-secondary btn-sm" data-testid={`${testId}-submit`}>
        <Icon name="plus" size={14} />
        {t('planForm.add')}
      </button>
    </div>
  );
}

export function AddObjectiveForm({ onAdd, onCancel, dueAs = 'date' }: AddFormProps<Objective>) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<ObjectiveType | null>(null);
  const [kind, setKind] = useState<ObjectiveKind | ''>('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function submit() {
    const problems: Errors = {};
    if (!title.trim()) problems.title = t('planForm.required');
    if (!type) problems.type = t('planForm.typeRequired');
    const due = dueProblem(dueAs, dueOn, t);
    if (due) problems.due = due;
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !type) return;
    onAdd({
      title: title.trim(),
      type,
      kind: kind || null,
      status: 'not_started',
      ...dueOf(dueAs, dueOn),
      owner_user_id: null,
      owner_contact_id: null,
      evidence: '',
      kpis: [],
      milestones: [],
    });
  }

  return (
    <form
      className="item-form card"
      data-testid="objective-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="item-form-title">{t('planForm.addObjective')}</div>
      <div className="item-form-fields">
        <Field
          label={t('planForm.objectiveTitle')}
          error={errors.title}
          grow
          errorTestId="objective-form-title-error"
        >
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('planForm.objectiveTitlePlaceholder')}
            className={errors.title ? 'input-error' : ''}
            data-testid="objective-form-title"
          />
        </Field>
        <fieldset className="field type-field">
          <legend className="field-label">{t('planForm.type')}</legend>
          <div className="segmented type-choice" role="radiogroup">
            {OBJECTIVE_TYPES.map((value) => (
              <button
                key={value}
                type="button"
                role="radio"
                aria-checked={type === value}
                className={type === value ? 'active' : ''}
                onClick={() => {
                  setType(value);
                  // A kind of the other type would be refused.
                  if (kind && !KINDS_OF_TYPE[value].includes(kind)) setKind('');
                }}
                data-testid={`objective-form-type-${value}`}
              >
                {value.toUpperCase()} · {t(`enum.objectiveType.${value}`)}
              </button>
            ))}
          </div>
          {errors.type && (
            <span className="field-error" data-testid="objective-form-type-error">
              {errors.type}
            </span>
          )}
        </fieldset>
        <Field label={t('planForm.kind')} optional small>
          <select
            className="select"
            value={kind}
            onChange={(e) => setKind(e.target.value as ObjectiveKind | '')}
            disabled={!type}
            data-testid="objective-form-kind"
          >
            <option value="">{t('planForm.kindNone')}</option>
            {(type ? KINDS_OF_TYPE[type] : []).map((k) => (
              <option key={k} value={k}>
                {t(`enum.objectiveKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <DueField
          dueAs={dueAs}
          value={dueOn}
          onChange={setDueOn}
          error={errors.due}
          testId="objective-form-due"
        />
      </div>
      <FormFoot onCancel={onCancel} testId="objective-form" />
    </form>
  );
}

export function AddKpiForm({ onAdd, onCancel, dueAs = 'date' }: AddFormProps<Kpi>) {
  const { t } = useTranslation();
  const [text, setText] = useState({
    name: '',
    unit: '',
    baseline: '',
    target: '',
    current: '',
    due_on: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const set = (key: keyof typeof text) => (e: { target: { value: string } }) =>
    setText((prev) => ({ ...prev, [key]: e.target.value }));

  function submit() {
    const problems: Errors = {};
    const baseline = parseNumber(text.baseline);
    const target = parseNumber(text.target);
    const current = parseNumber(text.current);
    if (!text.name.trim()) problems.name = t('planForm.required');
    if (baseline === null) problems.baseline = t('planForm.required');
    else if (Number.isNaN(baseline)) problems.baseline = t('planForm.notNumber');
    if (target === null) problems.target = t('planForm.required');
    else if (Number.isNaN(target)) problems.target = t('planForm.notNumber');
    else if (target === baseline) problems.target = t('planForm.targetEqualsBaseline');
    if (current !== null && Number.isNaN(current)) problems.current = t('planForm.notNumber');
    // The unit says which numbers make sense: no −999999 people, no 140 %.
    const kind = unitKind(text.unit);
    for (const [key, value] of [
      ['baseline', baseline],
      ['target', target],
      ['current', current],
    ] as const) {
      const problem = value === null || problems[key] ? null : kpiValueProblem(value, kind);
      if (problem) problems[key] = t(problem);
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || baseline === null || target === null) return;
    onAdd({
      name: text.name.trim(),
      unit: text.unit.trim(),
      baseline,
      target,
      current,
      ...dueOf(dueAs, text.due_on),
      usage: null,
    });
  }

  const input = (
    key: keyof typeof text,
    extra: { placeholder?: string; numeric?: boolean } = {},
  ) => (
    <input
      type="text"
      inputMode={extra.numeric ? 'decimal' : undefined}
      value={text[key]}
      onChange={set(key)}
      placeholder={extra.placeholder}
      className={`${errors[key] ? 'input-error' : ''} ${extra.numeric ? 'num-input' : ''}`}
      data-testid={`kpi-form-${key}`}
    />
  );

  return (
    <form
      className="item-form item-form-inline"
      data-testid="kpi-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="item-form-fields">
        <Field
          label={t('planForm.kpiName')}
          error={errors.name}
          grow
          errorTestId="kpi-form-name-error"
        >
          {input('name', { placeholder: t('planForm.kpiNamePlaceholder') })}
        </Field>
        <Field label={t('planForm.unit')} optional small>
          {input('unit', { placeholder: t('planForm.unitPlaceholder') })}
        </Field>
        <Field
          label={t('planForm.baseline')}
          error={errors.baseline}
          errorTestId="kpi-form-baseline-error"
          small
        >
          {input('baseline', { numeric: true })}
        </Field>
        <Field
          label={t('planForm.target')}
          error={errors.target}
          errorTestId="kpi-form-target-error"
          small
        >
          {input('target', { numeric: true })}
        </Field>
        {/* A template has no current value: a plan made from it starts without one. */}
        {dueAs === 'date' && (
          <Field
            label={t('planForm.current')}
            error={errors.current}
            optional
            errorTestId="kpi-form-current-error"
            small
          >
            {input('current', { numeric: true })}
          </Field>
        )}
        <DueField
          dueAs={dueAs}
          value={text.due_on}
          onChange={(due_on) => setText((prev) => ({ ...prev, due_on }))}
          error={errors.due_on}
          testId="kpi-form-due_on"
        />
      </div>
      <FormFoot onCancel={onCancel} testId="kpi-form" />
    </form>
  );
}

export function AddMilestoneForm({ onAdd, onCancel, dueAs = 'date' }: AddFormProps<Milestone>) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [dueError, setDueError] = useState<string | undefined>();

  return (
    <form
      className="item-form item-form-inline"
      data-testid="milestone-form"
      onSubmit={(e) => {
        e.preventDefault();
        const due = dueProblem(dueAs, dueOn, t);
        setError(title.trim() ? undefined : t('planForm.required'));
        setDueError(due);
        if (!title.trim() || due) return;
        onAdd({ title: title.trim(), ...dueOf(dueAs, dueOn), achieved_on: null });
      }}
    >
      <div className="item-form-fields">
        <Field
          label={t('planForm.milestoneTitle')}
          error={error}
          grow
          errorTestId="milestone-form-title-error"
        >
          <input
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('planForm.milestoneTitlePlaceholder')}
            className={error ? 'input-error' : ''}
            data-testid="milestone-form-title"
          />
        </Field>
        <DueField
          dueAs={dueAs}
          value={dueOn}
          onChange={setDueOn}
          error={dueError}
          testId="milestone-form-due"
        />
      </div>
      <FormFoot onCancel={onCancel} testId="milestone-form" />
    </form>
  );
}

/** The props every add form takes. */
export interface AddFormProps<Item> {
  /** With `dueAs="days"`, the item's `due_on` is null and `due_in_days` says when. */
  onAdd: (item: Item & { due_in_days?: number | null }) => void;
  onCancel: () => void;
  dueAs?: DueAs;
}

/** "+ Add …", which opens the form adding one item; the form closes once it has added. */
export function AddItemButton<Item>({
  form: Form,
  label,
  testId,
  onAdd,
  dueAs,
}: {
  form: ComponentType<AddFormProps<Item>>;
  label: string;
  testId: string;
  onAdd: (item: Item & { due_in_days?: number | null }) => void;
  dueAs?: DueAs;
}) {
  const [open, setOpen] = useState(false);
  if (open) {
    return (
      <Form
        onAdd={(item) => {
          onAdd(item);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
        dueAs={dueAs}
      />
    );
  }
  return (
    <button
      type="button"
      className="btn btn-ghost btn-sm add-button"
      onClick={() => setOpen(true)}
      data-testid={testId}
    >
      <Icon name="plus" size={14} />
      {label}
    </button>
  );
}
