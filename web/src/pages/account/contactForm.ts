// A contact as its form holds it ('' for what is not set), the checks the server makes (a name
// of 1–200 characters, an email address, a language tag such as ja or en) and what POST and
// PATCH take.
import type { Contact, ContactInput, ContactPatch, ContactRole } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';

/** Offered in the language select; a contact's other tag is offered as well. */
export const CONTACT_LANGUAGES = ['ja', 'en', 'zh', 'ko'] as const;

export interface ContactDraft {
  name: string;
  email: string;
  title: string;
  role: ContactRole | '';
  phone: string;
  language: string;
  marketing_consent: boolean;
  departed: boolean;
}

export function contactDraft(contact: Contact | null): ContactDraft {
  return {
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    title: contact?.title ?? '',
    role: contact?.role ?? '',
    phone: contact?.phone ?? '',
    language: contact?.language ?? '',
    marketing_consent: contact?.marketing_consent ?? false,
    departed: contact?.departed ?? false,
  };
}

/** The server's check (src/customers/field_rules.cpp): one @, a dot after it, no space. */
export function looksLikeEmail(email: string): boolean {
  const at = email.indexOf('@');
  return (
    at > 0 &&
    email.indexOf('.', at) > at &&
    !email.endsWith('.') &&
    !email.includes(' ') &&
    email.indexOf('@', at + 1) === -1
  );
}

const LIMITS = { name: 200, title: 200, phone: 50 } as const;

export function contactProblems(draft: ContactDraft, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.name.trim()) problems.name = t('recordForm.problem.required');
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][])
    if ([...draft[field].trim()].length > max)
      problems[field] = t('recordForm.problem.tooLong', { max });
  const email = draft.email.trim();
  if (email && !looksLikeEmail(email)) problems.email = t('contactForm.problem.email');
  return problems;
}

function fields(draft: ContactDraft) {
  const text = (value: string) => value.trim() || null;
  return {
    name: draft.name.trim(),
    email: text(draft.email),
    title: text(draft.title),
    role: draft.role || null,
    phone: text(draft.phone),
    language: text(draft.language),
    marketing_consent: draft.marketing_consent,
    departed: draft.departed,
  };
}

export function contactInput(accountId: number, draft: ContactDraft): ContactInput {
  return { account_id: accountId, ...fields(draft) };
}

export function contactPatch(contact: Contact, draft: ContactDraft): ContactPatch {
  return { version: contact.version, ...fields(draft) };
}
