// The saved segments: each with how many accounts it holds now, to show in the list, edit (name
// and description) or delete (asked first). Those who may not change accounts only read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Segment } from '../../api';
import { ConfirmPrompt } from '../../components/ConfirmRow';
import { Dialog } from '../../components/Dialog';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { errorText } from '../../lib/errorText';
import type { AsyncState } from '../../lib/useAsync';

export function SegmentsDialog({
  segments,
  canEdit,
  onShow,
  onEdit,
  onClose,
}: {
  segments: AsyncState<{ data: Segment[] }>;
  canEdit: boolean;
  onShow: (segment: Segment) => void;
  onEdit: (segment: Segment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = segments.data?.data ?? [];

  async function remove(segment: Segment) {
    setBusy(true);
    setError(null);
    try {
      await api.deleteSegment(segment.id);
      setDeleting(null);
      segments.reload();
    } catch (cause) {
      setError(errorText(cause, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('segments.manageTitle')} onClose={onClose} testId="segments-dialog" wide>
      <div className="modal-body">
        <ErrorBanner error={segments.error} onRetry={segments.reload} />
        {!segments.data && !segments.error && <Skeleton rows={3} />}
        {segments.data && list.length === 0 && <Empty icon="tag" title={t('segments.empty')} />}
        <ul className="segment-list">
          {list.map((segment) => (
            <li key={segment.id} data-testid="segment-item" data-segment-id={segment.id}>
              <div className="segment-item-head">
                <div className="segment-item-text">
                  <span className="strong">{segment.name}</span>
                  <span className="muted small">
                    {t('segments.count', { count: segment.accounts })}
                  </span>
                  {segment.description && <div className="muted small">{segment.description}</div>}
                </div>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  onClick={() => onShow(segment)}
                  data-testid="segment-show"
                >
                  {t('segments.show')}
                </button>
                {canEdit && (
                  <>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      onClick={() => onEdit(segment)}
                      data-testid="segment-edit"
                    >
                      {t('segments.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      onClick={() => {
                        setError(null);
                        setDeleting(segment);
                      }}
                      data-testid="segment-delete"
                    >
                      {t('segments.delete')}
                    </button>
                  </>
                )}
              </div>
              {deleting?.id === segment.id && (
                <ConfirmPrompt
                  question={t('segments.deleteQuestion', { name: segment.name })}
                  confirmLabel={busy ? t('segments.deleting') : t('segments.delete')}
                  busy={busy}
                  error={error}
                  onCancel={() => setDeleting(null)}
                  onConfirm={() => void remove(segment)}
                  testId="segment-delete"
                />
              )}
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}
