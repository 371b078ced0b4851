// Adds or edits a contact of the account: name, email, title, role (champion, decision maker…),
// phone, language, marketing consent, and whether they have left.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, CONTACT_ROLES, type Contact, type ContactRole } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { languageName } from '../../lib/format';
import {
  CONTACT_LANGUAGES,
  contactDraft,
  contactInput,
  contactPatch,
  contactProblems,
  type ContactDraft,
} from './contactForm';

type TextField = 'name' | 'email' | 'title' | 'phone';

export function ContactDialog(props: {
  accountId: number;
  contact: Contact | null;
  onSaved: (contact: Contact) => void;
  onClose: () => void;
}) {
  const { accountId, onSaved, onClose } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [original, setOriginal] = useState(props.contact);
  const form = useRecordForm<ContactDraft>(() => contactDraft(original));
  const { draft, change, errors } = form;
  const languages = [...CONTACT_LANGUAGES] as string[];
  if (draft.language && !languages.includes(draft.language)) languages.push(draft.language);

  async function save() {
    if (original && !form.dirty) return onClose();
    const saved = await form.submit(contactProblems(draft, t), () =>
      original
        ? api.updateContact(original.id, contactPatch(original, draft))
        : api.createContact(contactInput(accountId, draft)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    if (!original) return;
    const latest = await api.contact(original.id);
    setOriginal(latest);
    form.reset(contactDraft(latest));
  }

  const text = (field: TextField, type = 'text', optional = true) => (
    <Field
      label={t(`contactForm.field.${field}`)}
      optional={optional}
      error={errors[field]}
      errorTestId={`contact-${field}-error`}
    >
      <input
        type={type}
        value={draft[field]}
        onChange={(e) => change({ [field]: e.target.value })}
        placeholder={t(`contactForm.placeholder.${field}`)}
        className={errors[field] ? 'input-error' : ''}
        aria-invalid={errors[field] ? true : undefined}
        data-testid={`contact-${field}`}
      />
    </Field>
  );

  return (
    <FormDialog
      title={original ? t('contactForm.editTitle') : t('contactForm.addTitle')}
      testId="contact-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      onReload={reload}
      wide
    >
      <div className="record-form-row">
        {text('name', 'text', false)}
        {text('title')}
        {text('email', 'email')}
        {text('phone', 'tel')}
        <Field label={t('contactForm.field.role')} optional error={errors.role}>
          <select
            className="select"
            value={draft.role}
            onChange={(e) => change({ role: e.target.value as ContactRole | '' })}
            data-testid="contact-role"
          >
            <option value="">{t('contactForm.roleNone')}</option>
            {CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`enum.contactRole.${role}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('contactForm.field.language')} optional error={errors.language}>
          <select
            className="select"
            value={draft.language}
            onChange={(e) => change({ language: e.target.value })}
            data-testid="contact-language"
          >
            <option value="">{t('common.notSet')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="record-form-checks">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.marketing_consent}
            onChange={(e) => change({ marketing_consent: e.target.checked })}
            data-testid="contact-consent"
          />
          <span>{t('contactForm.consent')}</span>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.departed}
            onChange={(e) => change({ departed: e.target.checked })}
            data-testid="contact-departed"
          />
          <span>
            {t('contactForm.departed')}
            <span className="field-hint check-hint">{t('contactForm.departedHint')}</span>
          </span>
        </label>
      </div>
    </FormDialog>
  );
}
