// A contact who left for another customer (seed 003: a relationship is with a person, not only a
// company): the move form as it holds it, the checks the server makes and what
// POST /contacts/{id}/moves takes; and what the relationship map says about people who moved.
import type {
  ContactMoveInput,
  ContactRole,
  RelationshipContact,
  RelationshipMap,
} from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import type { AccountChoice } from './AccountSearch';
import { looksLikeEmail } from './contactForm';

export interface MoveDraft {
  /** The account they left for. */
  account: AccountChoice | null;
  role: ContactRole | '';
  title: string;
  email: string;
}

export const EMPTY_MOVE: MoveDraft = { account: null, role: '', title: '', email: '' };

/** The server's limit on a contact's title (src/customers/contact.cpp). */
const TITLE_MAX = 200;

export function moveProblems(draft: MoveDraft, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.account) problems.account = t('contactMove.problem.account');
  if ([...draft.title.trim()].length > TITLE_MAX)
    problems.title = t('recordForm.problem.tooLong', { max: TITLE_MAX });
  const email = draft.email.trim();
  if (email && !looksLikeEmail(email)) problems.email = t('contactForm.problem.email');
  return problems;
}

/** The body: the account, and only the role, title and email that are set. */
export function moveInput(draft: MoveDraft): ContactMoveInput {
  const input: ContactMoveInput = { account_id: draft.account!.id };
  if (draft.role) input.role = draft.role;
  if (draft.title.trim()) input.title = draft.title.trim();
  if (draft.email.trim()) input.email = draft.email.trim();
  return input;
}

/** The form's field a server field names (the account is chosen, not typed as an id). */
export function moveFieldOf(serverField: string): string | null {
  return serverField === 'account_id' ? 'account' : null;
}

/** Where each contact of the map came from and went to, by contact id. */
export function movesById(
  map: RelationshipMap | undefined,
): Map<number, Pick<RelationshipContact, 'came_from' | 'moved_to'>> {
  return new Map(
    (map?.contacts ?? [])
      .filter((c) => c.came_from || c.moved_to)
      .map((c) => [c.id, { came_from: c.came_from, moved_to: c.moved_to }]),
  );
}

/** The people here now who championed Banso at the customer they came from (the map's highlight). */
export function formerChampions(map: RelationshipMap | undefined): RelationshipContact[] {
  if (!map?.highlights.includes('former_champion_joined')) return [];
  return map.contacts.filter((c) => !c.departed && c.came_from?.role === 'champion');
}
