// A hand-off as the form edits it (rows with stable keys), what a save sends (blank rows left
// out), and where the server's 400 points: `expected_outcomes[1]` or `stakeholders[0].name`
// count the rows sent, so they are mapped back to the rows on screen.
import {
  CONTACT_ROLES,
  STAKEHOLDER_ROLES,
  type Contact,
  type Handoff,
  type HandoffInput,
  type HandoffPatch,
  type StakeholderRole,
} from '../../api';
import { indexedField } from '../../lib/journey';

export interface OutcomeRow {
  key: number;
  text: string;
}

export interface StakeholderRow {
  key: number;
  contact_id: number | null;
  name: string;
  role: StakeholderRole;
  note: string;
}

export interface HandoffDraft {
  why_bought: string;
  outcomes: OutcomeRow[];
  stakeholders: StakeholderRow[];
  sales_owner: string;
  /** Create only: also seed a success plan, from this template ('' = none). */
  seed_plan: boolean;
  template_key: string;
}

let nextKey = 1;
export const newOutcome = (text = ''): OutcomeRow => ({ key: nextKey++, text });
export const newStakeholder = (): StakeholderRow => ({
  key: nextKey++,
  contact_id: null,
  name: '',
  role: 'user',
  note: '',
});

export function emptyHandoffDraft(): HandoffDraft {
  return {
    why_bought: '',
    outcomes: [newOutcome()],
    stakeholders: [newStakeholder()],
    sales_owner: '',
    seed_plan: true,
    template_key: '',
  };
}

export function handoffDraftOf(handoff: Handoff): HandoffDraft {
  return {
    why_bought: handoff.why_bought,
    outcomes: handoff.expected_outcomes.length
      ? handoff.expected_outcomes.map((text) => newOutcome(text))
      : [newOutcome()],
    stakeholders: handoff.stakeholders.length
      ? handoff.stakeholders.map((s) => ({ key: nextKey++, ...s, note: s.note ?? '' }))
      : [newStakeholder()],
    sales_owner: handoff.sales_owner ?? '',
    seed_plan: false,
    template_key: '',
  };
}

/** Picking a contact fills the name and, when it maps, the role; "free name" keeps what was typed. */
export function pickContact(row: StakeholderRow, contact: Contact | null): StakeholderRow {
  if (!contact) return { ...row, contact_id: null };
  const role =
    contact.role &&
    (CONTACT_ROLES as readonly string[]).includes(contact.role) &&
    (STAKEHOLDER_ROLES as readonly string[]).includes(contact.role)
      ? (contact.role as StakeholderRole)
      : row.role;
  return { ...row, contact_id: contact.id, name: contact.name, role };
}

const isBlank = (row: StakeholderRow) =>
  row.contact_id === null && !row.name.trim() && !row.note.trim();

/** The rows sent, in order (blank ones left out), so a server index finds its row. */
export function sentRows(draft: HandoffDraft): {
  outcomes: OutcomeRow[];
  stakeholders: StakeholderRow[];
} {
  return {
    outcomes: draft.outcomes.filter((o) => o.text.trim()),
    stakeholders: draft.stakeholders.filter((s) => !isBlank(s)),
  };
}

/** Problems before sending, keyed `why_bought`, `stakeholder:<row key>.name`. */
export function validateHandoff(
  draft: HandoffDraft,
  messages: { required: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.why_bought.trim()) problems.why_bought = messages.required;
  for (const row of sentRows(draft).stakeholders)
    if (!row.name.trim()) problems[`stakeholder:${row.key}.name`] = messages.required;
  return problems;
}

/** POST /accounts/{id}/handoff's body. */
export function handoffInput(draft: HandoffDraft): HandoffInput {
  const rows = sentRows(draft);
  const input: HandoffInput = {
    why_bought: draft.why_bought.trim(),
    expected_outcomes: rows.outcomes.map((o) => o.text.trim()),
    stakeholders: rows.stakeholders.map((s) => ({
      contact_id: s.contact_id,
      name: s.name.trim(),
      role: s.role,
      note: s.note.trim(),
    })),
  };
  if (draft.sales_owner.trim()) input.sales_owner = draft.sales_owner.trim();
  if (draft.seed_plan)
    input.seed_plan = draft.template_key ? { template_key: draft.template_key } : {};
  return input;
}

/** PATCH /handoffs/{id}'s body: everything the form edits, with the version read. */
export function handoffPatch(draft: HandoffDraft, version: number): HandoffPatch {
  const { seed_plan: _seed, ...rest } = handoffInput({ ...draft, seed_plan: false });
  return { version, ...rest, sales_owner: draft.sales_owner.trim() };
}

/** Where the field the server names is shown on the form; null: above it. */
export function handoffProblemKey(
  field: string | null | undefined,
  draft: HandoffDraft,
): string | null {
  if (!field) return null;
  if (field === 'why_bought' || field === 'sales_owner') return field;
  if (field === 'seed_plan' || field.startsWith('seed_plan.') || field === 'template_key')
    return 'template_key';
  const indexed = indexedField(field);
  const rows = sentRows(draft);
  if (indexed?.list === 'expected_outcomes') {
    const row = rows.outcomes[indexed.index];
    return row ? `outcome:${row.key}` : 'expected_outcomes';
  }
  if (indexed?.list === 'stakeholders') {
    const row = rows.stakeholders[indexed.index];
    return row
      ? `stakeholder:${row.key}.${indexed.key === 'contact_id' || indexed.key === 'role' || indexed.key === 'note' ? indexed.key : 'name'}`
      : 'stakeholders';
  }
  if (field === 'expected_outcomes' || field === 'stakeholders') return field;
  return null;
}

/**
 * Who recorded the hand-off: the staff user's name (else email) from the user list, else the
 * name the server sent; `system` when no staff user recorded it (the demo, an import), and a
 * null name when the user is not in the list.
 */
export function handedOffBy(
  handoff: Pick<Handoff, 'handed_off_by' | 'handed_off_by_name'>,
  nameOf: (id: number | null) => string | null,
): { system: boolean; name: string | null } {
  if (handoff.handed_off_by === null)
    return { system: !handoff.handed_off_by_name, name: handoff.handed_off_by_name };
  return {
    system: false,
    name: nameOf(handoff.handed_off_by) ?? (handoff.handed_off_by_name || null),
  };
}
