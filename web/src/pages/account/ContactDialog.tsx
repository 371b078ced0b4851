// Adds or edits a contact of the account: name, email, title, role (champion, decision maker…),
// phone, language, marketing consent, and whether they have left.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Contact } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field, TextField } from '../../components/FormFields';
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
import { ContactRoleField } from './ContactRoleField';

type TextFieldName = 'name' | 'email' | 'title' | 'phone';

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

  const text = (field: TextFieldName, type: 'text' | 'email' | 'tel' = 'text', optional = true) => (
    <TextField
      label={t(`contactForm.field.${field}`)}
      optional={optional}
      type={type}
      value={draft[field]}
      onChange={(value) => change({ [field]: value })}
      error={errors[field]}
      placeholder={t(`contactForm.placeholder.${field}`)}
      testId={`contact-${field}`}
    />
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
        <ContactRoleField
          label={t('contactForm.field.role')}
          value={draft.role}
          onChange={(role) => change({ role })}
          error={errors.role}
          testId="contact-role"
        />
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
