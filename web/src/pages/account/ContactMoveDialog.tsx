// Records that a contact left for another customer (POST /contacts/{id}/moves): the account they
// joined, found by search, and their role, title and email there. The server marks the contact
// departed here and creates their contact there, linked back; a contact moves once (409 after).
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Contact, type ContactMoved } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { FieldError, TextField } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { AccountSearch, type AccountChoice } from './AccountSearch';
import { ContactRoleField } from './ContactRoleField';
import { EMPTY_MOVE, moveFieldOf, moveInput, moveProblems, type MoveDraft } from './contactMove';

export function ContactMoveDialog(props: {
  contact: Pick<Contact, 'id' | 'name' | 'account_id'>;
  /** `to`: the account they joined. */
  onMoved: (moved: ContactMoved, to: AccountChoice) => void;
  /** The contact had moved already (someone recorded it first): the list is read again. */
  onAlreadyMoved: () => void;
  onClose: () => void;
}) {
  const { contact, onMoved, onAlreadyMoved, onClose } = props;
  const { t } = useTranslation();
  const form = useRecordForm<MoveDraft>(EMPTY_MOVE, { fieldOf: moveFieldOf });
  const { draft, change, errors } = form;

  async function save() {
    const moved = await form.submit(moveProblems(draft, t), async () => {
      try {
        return await api.moveContact(contact.id, moveInput(draft));
      } catch (cause) {
        if (cause instanceof ApiError && cause.status === 409) {
          onAlreadyMoved();
          throw new Error(t('contactMove.alreadyMoved'), { cause });
        }
        throw cause;
      }
    });
    if (moved) onMoved(moved, draft.account!);
  }

  const text = (field: 'title' | 'email', type: 'text' | 'email') => (
    <TextField
      label={t(`contactMove.field.${field}`)}
      optional
      type={type}
      value={draft[field]}
      onChange={(value) => change({ [field]: value })}
      error={errors[field]}
      placeholder={t(`contactMove.placeholder.${field}`)}
      testId={`contact-move-${field}`}
    />
  );

  return (
    <FormDialog
      title={t('contactMove.title', { name: contact.name })}
      testId="contact-move-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      saveLabel={t('contactMove.save')}
    >
      <p className="muted form-intro">{t('contactMove.intro', { name: contact.name })}</p>
      <div className="field">
        <span className="field-label">{t('contactMove.field.account')}</span>
        <AccountSearch
          value={draft.account}
          onChange={(account) => change({ account })}
          excludeId={contact.account_id}
          label={t('contactMove.field.account')}
          invalid={Boolean(errors.account)}
          testId="contact-move-account"
        />
        <FieldError message={errors.account} testId="contact-move-account-error" />
      </div>
      <div className="record-form-row">
        <ContactRoleField
          label={t('contactMove.field.role')}
          value={draft.role}
          onChange={(role) => change({ role })}
          error={errors.role}
          testId="contact-move-role"
        />
        {text('title', 'text')}
        {text('email', 'email')}
      </div>
      <p className="field-hint">{t('contactMove.carried')}</p>
    </FormDialog>
  );
}
