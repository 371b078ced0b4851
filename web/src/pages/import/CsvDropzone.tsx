// A CSV file picked by a click (or Enter) or dropped: the chosen file's name and size, else how
// to choose one. `testId` names the hidden file input.
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../lib/format';

export function CsvDropzone({
  file,
  onChoose,
  testId,
}: {
  file: File | null;
  onChoose: (file: File) => void;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (chosen) onChoose(chosen);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  }

  return (
    <div
      className={`dropzone ${dragging ? 'dropzone-active' : ''} ${file ? 'dropzone-filled' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      onClick={() => input.current?.click()}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
    >
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        onChange={(e) => choose(e.target.files)}
        data-testid={testId}
      />
      <Icon name={file ? 'file' : 'upload'} size={22} />
      {file ? (
        <div>
          <div className="strong">{file.name}</div>
          <div className="muted">
            {t('import.fileSize', {
              size: formatNumber(Math.max(1, Math.round(file.size / 1024)), lang),
            })}
          </div>
        </div>
      ) : (
        <div>
          <div className="strong">{t('import.chooseFile')}</div>
          <div className="muted">{t('import.dropHint')}</div>
        </div>
      )}
    </div>
  );
}
