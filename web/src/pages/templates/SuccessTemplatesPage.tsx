// Success-plan templates: each with what it is for and the objectives it starts a plan with.
// Admins and managers make new ones, edit them (TemplateEditor, in place of the card) and
// delete them; plans made from a template keep their content.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { TemplateCard } from './TemplateCard';
import { TemplateEditor } from './TemplateEditor';

export function SuccessTemplatesPage() {
  const { t } = useTranslation();
  const templates = useAsync((signal) => api.planTemplates(signal), []);
  const canEdit = useCan('configureSuccess');
  // The key of the template being edited, or 'new' while one is being made.
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = templates.data?.data;

  function done(message: string | null) {
    setEditing(null);
    setNotice(message);
    templates.reload();
  }

  return (
    <div className="page" data-testid="templates-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('templates.title')}</h1>
          <p className="page-sub">{t('templates.subtitle')}</p>
        </div>
        {canEdit && editing !== 'new' && (
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => {
              setEditing('new');
              setNotice(null);
            }}
            data-testid="template-new"
          >
            <Icon name="plus" size={14} />
            {t('templateEditor.new')}
          </button>
        )}
      </div>
      {notice && (
        <Alert tone="success" role="status" testId="template-notice">
          {notice}
        </Alert>
      )}
      {editing === 'new' && (
        <TemplateEditor
          template={null}
          onSaved={(saved) => done(t('templateEditor.created', { name: saved.name }))}
          onCancel={() => setEditing(null)}
        />
      )}
      <ErrorBanner error={templates.error} onRetry={templates.reload} />
      {!list && !templates.error && <Skeleton />}
      {list && list.length === 0 && editing !== 'new' && (
        <section className="card">
          <Empty icon="flag" title={t('templates.empty')} />
        </section>
      )}
      {list?.map((tpl) =>
        editing === tpl.key ? (
          <TemplateEditor
            key={tpl.key}
            template={tpl}
            onSaved={(saved) => done(t('templateEditor.saved', { name: saved.name }))}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <TemplateCard
            key={tpl.key}
            template={tpl}
            onEdit={canEdit ? () => setEditing(tpl.key) : undefined}
            onDeleted={
              canEdit ? () => done(t('templateEditor.deleted', { name: tpl.name })) : undefined
            }
          />
        ),
      )}
      {list && list.length > 0 && !canEdit && (
        <p className="muted templates-note">
          <Icon name="lock" size={13} /> {t('templates.readOnly')}
        </p>
      )}
    </div>
  );
}
