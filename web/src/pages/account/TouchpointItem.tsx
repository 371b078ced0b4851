// A touchpoint on the account's timeline: its kind, author, sentiment and summary; edit (the
// dialog) for those who record activity, delete after a question for admins and managers.
import { useTranslation } from 'react-i18next';
import { api, type Touchpoint, type TouchpointKind } from '../../api';
import { useCan } from '../../auth/permissions';
import { SentimentBadge } from '../../components/Badges';
import { ConfirmPrompt } from '../../components/ConfirmRow';
import { Icon, type IconName } from '../../components/Icon';
import { useRowEditor } from '../../components/useRowEditor';
import { errorText } from '../../lib/errorText';

const KIND_ICON: Record<TouchpointKind, IconName> = {
  meeting: 'meeting',
  call: 'call',
  email: 'email',
  chat: 'chat',
  note: 'note',
  webinar: 'webinar',
  onsite: 'onsite',
};

/** A touchpoint: its kind, author, sentiment and summary; edit, and delete after a question. */
export function TouchpointItem({
  touchpoint: tp,
  time,
  onEdit,
  onDeleted,
}: {
  touchpoint: Touchpoint;
  time: string;
  onEdit: (touchpoint: Touchpoint) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const canEdit = useCan('writeActivity');
  const canDelete = useCan('deleteRecords');
  const row = useRowEditor();
  const kind = t(`enum.touchpoint.${tp.kind}`, { defaultValue: tp.kind });
  const remove = () =>
    row.run(
      async () => {
        await api.deleteTouchpoint(tp.id);
        onDeleted();
      },
      (cause) => errorText(cause, t),
    );
  return (
    <li
      className="tl-item"
      data-testid="timeline-item"
      data-type="touchpoint"
      data-touchpoint-id={tp.id}
    >
      <span className={`tl-icon tl-icon-${tp.kind}`}>
        <Icon name={KIND_ICON[tp.kind] ?? 'note'} size={15} />
      </span>
      <div className="tl-body">
        <div className="tl-head">
          <span className="tl-kind">{kind}</span>
          {tp.author_name && (
            <span className="tl-author">{t('timeline.by', { name: tp.author_name })}</span>
          )}
          <SentimentBadge sentiment={tp.sentiment} />
          <span className="tl-time">{time}</span>
          {(canEdit || canDelete) && (
            <span className="tl-tools">
              {canEdit && (
                <button
                  type="button"
                  className="icon-button icon-button-sm"
                  onClick={() => onEdit(tp)}
                  title={t('touchpointForm.edit')}
                  aria-label={`${t('touchpointForm.edit')}: ${kind}`}
                  data-testid="touchpoint-edit"
                >
                  <Icon name="pencil" size={13} />
                </button>
              )}
              {canDelete && (
                <button
                  type="button"
                  className="icon-button icon-button-sm"
                  onClick={row.askToConfirm}
                  disabled={row.busy}
                  title={t('touchpointForm.delete')}
                  aria-label={`${t('touchpointForm.delete')}: ${kind}`}
                  data-testid="touchpoint-delete"
                >
                  <Icon name="trash" size={13} />
                </button>
              )}
            </span>
          )}
        </div>
        <p className="tl-summary" data-testid="timeline-summary">
          {tp.summary}
        </p>
        {row.confirming && (
          <ConfirmPrompt
            question={t('touchpointForm.deleteQuestion')}
            confirmLabel={row.busy ? t('touchpointForm.deleting') : t('touchpointForm.delete')}
            busy={row.busy}
            error={row.problem}
            onCancel={row.cancelConfirm}
            onConfirm={() => void remove()}
            testId="touchpoint-delete"
            className="tl-confirm"
            scrollIntoView
          />
        )}
      </div>
    </li>
  );
}
