import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format-context.ts';
import { fileSize } from './file-size.ts';

interface FileDropZoneProps {
  file: File | null;
  onFile: (file: File | null) => void;
  disabled: boolean;
}

const accept = '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Where the file comes from: dropped on the zone, or picked with the file input. The input is
 * the real control (visually hidden, still focusable), so Tab, Enter and screen readers reach it.
 */
export function FileDropZone({ file, onFile, disabled }: FileDropZoneProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const hintId = useId();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [note, setNote] = useState<string | null>(null);

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

  // Once the file is gone (imported, or removed), picking the same one again must count as a change.
  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);

  const choose = (files: FileList | null) => {
    const first = files?.[0] ?? null;
    setNote(files && files.length > 1 && first ? t('import.form.onlyFirst', { count: files.length, name: first.name }) : null);
    onFile(first);
  };

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

  const className = ['drop-zone', dragging && 'is-dragging', file && 'has-file', disabled && 'is-disabled'].filter(Boolean).join(' ');

  return (
    <div className={className} onDragOver={onDragOver} onDragEnter={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <input
        ref={input}
        id={inputId}
        className="drop-zone__input visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={file ? `${fileId} ${hintId}` : hintId}
        // Picking the same file again, after fixing it, must still fire change.
        onClick={(event) => {
          event.currentTarget.value = '';
        }}
        onChange={(event) => choose(event.currentTarget.files)}
      />
      {file ? (
        <p className="drop-zone__file" id={fileId}>
          <span className="visually-hidden">{t('import.form.chosen')}: </span>
          <span className="drop-zone__name">{file.name}</span>
          <span className="muted">{fileSize(file.size, format)}</span>
        </p>
      ) : (
        <p className="drop-zone__prompt">{dragging ? t('import.form.dropActive') : t('import.form.drop')}</p>
      )}
      <div className="drop-zone__actions">
        {!file && <span className="muted">{t('import.form.or')}</span>}
        <label htmlFor={inputId} className="button drop-zone__pick">
          {t('import.form.pick')}
        </label>
        {file && !disabled && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setNote(null);
              onFile(null);
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
        {note ?? t('import.form.hint')}
      </p>
    </div>
  );
}
