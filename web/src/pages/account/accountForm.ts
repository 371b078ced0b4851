// The account's edit form: owner, renewal date, touch model (tier override) with its reason, and
// custom attributes, as the form holds them, the checks the server would make, and the PATCH (the
// version read and only the fields changed).
import type { Account, AccountInput, StaffUser, Tier } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import { isIsoDay } from '../../lib/dates';
import type { Translate } from '../../lib/errorText';
import {
  attributeProblems,
  attributeRows,
  attributesObject,
  type AttributeRow,
} from './customAttributes';

export interface AccountDraft {
  /** A staff user's id, or '' for nobody. */
  owner_id: string;
  renewal_date: string;
  tier_override: Tier | '';
  /** Why the touch model is set by hand; the server drops it when there is no override. */
  tier_override_reason: string;
  custom_attributes: AttributeRow[];
}

export function accountDraft(account: Account): AccountDraft {
  return {
    owner_id: account.owner_id === null ? '' : String(account.owner_id),
    renewal_date: account.renewal_date ?? '',
    tier_override: account.tier_override ?? '',
    tier_override_reason: account.tier_override_reason ?? '',
    custom_attributes: attributeRows(account.custom_attributes),
  };
}

/** The server's limit on the reason a touch model is set by hand (src/customers/account.cpp: one line). */
export const TIER_REASON_MAX = 500;

/** What is wrong with the reason given for setting a touch model by hand (it is required), if anything. */
export function tierReasonProblem(reason: string, t: Translate): string | undefined {
  const text = reason.trim();
  if (!text) return t('account.tierReasonRequired');
  if ([...text].length > TIER_REASON_MAX)
    return t('recordForm.problem.tooLong', { max: TIER_REASON_MAX });
  return undefined;
}

export function accountProblems(draft: AccountDraft, account: Account, t: Translate): FieldErrors {
  const problems: FieldErrors = attributeProblems(draft.custom_attributes, t);
  if (draft.renewal_date && !isIsoDay(draft.renewal_date))
    problems.renewal_date = t('recordForm.problem.date');
  else if (draft.renewal_date && account.start_date && draft.renewal_date < account.start_date)
    problems.renewal_date = t('accountForm.problem.renewalBeforeStart');
  // Setting a touch model by hand needs a reason; an override kept as it was, without one (set
  // before reasons were asked for), does not stop other edits.
  const untouched =
    draft.tier_override === (account.tier_override ?? '') && !account.tier_override_reason;
  const reason = draft.tier_override_reason.trim();
  const problem =
    draft.tier_override && (reason || !untouched) ? tierReasonProblem(reason, t) : undefined;
  if (problem) problems.tier_override_reason = problem;
  return problems;
}

/** What PATCH /accounts/{id} sends besides the version read: the fields the draft changed. */
export function accountChanges(account: Account, draft: AccountDraft): Partial<AccountInput> {
  const next: Partial<AccountInput> = {
    owner_id: draft.owner_id ? Number(draft.owner_id) : null,
    renewal_date: draft.renewal_date || null,
    tier_override: draft.tier_override || null,
    tier_override_reason: (draft.tier_override && draft.tier_override_reason.trim()) || null,
    custom_attributes: attributesObject(draft.custom_attributes),
  };
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) =>
        JSON.stringify(value) !== JSON.stringify(account[key as keyof AccountInput] ?? null),
    ),
  );
}

/** Staff who can own an account, by name (email when there is none): enabled ones, and the owner now. */
export function ownerChoices(
  users: readonly StaffUser[],
  ownerId: number | null,
  lang: string,
): { id: number; label: string }[] {
  return users
    .filter((u) => !u.disabled || u.id === ownerId)
    .map((u) => ({ id: u.id, label: u.name.trim() || u.email }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}
