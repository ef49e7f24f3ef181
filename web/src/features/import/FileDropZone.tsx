import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { fileSize } from './file-size.ts';

interface FileDropZoneProps {
  /** The chosen files: one, or several dropped together (an orders and a returns export). */
  files: File[];
  onFiles: (files: File[]) => void;
  disabled: boolean;
}

const accept = '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where the file comes from: dropped on the zone, or picked with the file input. The input is
 * the real control (visually hidden, still focusable), so Tab, Enter and screen readers reach it.
 */
export function FileDropZone({ files, onFiles, disabled }: FileDropZoneProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const hintId = useId();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const chosen = files.length > 0;

  // A file dropped beside the zone would make the browser leave the page to open it.
  useEffect(() => {
    const keepPage = (event: globalThis.DragEvent) => event.preventDefault();
    window.addEventListener('dragover', keepPage);
    window.addEventListener('drop', keepPage);
    return () => {
      window.removeEventListener('dragover', keepPage);
      window.removeEventListener('drop', keepPage);
    };
  }, []);

  // Once the files are gone (imported, or removed), picking the same ones again must count as a change.
  useEffect(() => {
    if (!chosen && input.current) input.current.value = '';
  }, [chosen]);

  const choose = (list: FileList | null) => onFiles(list ? [...list] : []);

  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    if (!disabled) setDragging(true);
  };
  const onDragLeave = (event: DragEvent) => {
    // Moving over a child fires leave on the zone; only leaving the zone itself counts.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) choose(event.dataTransfer.files);
  };

  const className = ['drop-zone', dragging && 'is-dragging', chosen && 'has-file', disabled && 'is-disabled'].filter(Boolean).join(' ');

  return (
    <div className={className} onDragOver={onDragOver} onDragEnter={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <input
        ref={input}
        id={inputId}
        className="drop-zone__input visually-hidden"
        type="file"
        multiple
        accept={accept}
        disabled={disabled}
        aria-describedby={chosen ? `${fileId} ${hintId}` : hintId}
        // Picking the same file again, after fixing it, must still fire change.
        onClick={(event) => {
          event.currentTarget.value = '';
        }}
        onChange={(event) => choose(event.currentTarget.files)}
      />
      {chosen ? (
        <ul className="drop-zone__files" id={fileId} aria-label={t('import.form.chosen')}>
          {files.map((file) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className="drop-zone__file">
              <span className="drop-zone__name">{file.name}</span>
              <span className="muted">{fileSize(file.size, format)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="drop-zone__prompt">{dragging ? t('import.form.dropActive') : t('import.form.drop')}</p>
      )}
      <div className="drop-zone__actions">
        {!chosen && <span className="muted">{t('import.form.or')}</span>}
        <label htmlFor={inputId} className="button drop-zone__pick">
          {t('import.form.pick')}
        </label>
        {chosen && !disabled && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onFiles([]);
              if (input.current) {
                input.current.value = '';
                input.current.focus();
              }
            }}
          >
            {t('import.form.remove')}
          </button>
        )}
      </div>
      <p id={hintId} className="drop-zone__hint muted">
        {files.length > 1 ? t('import.form.several', { count: files.length }) : t('import.form.hint')}
      </p>
    </div>
  );
}
