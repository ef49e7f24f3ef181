import type { ParseKeys } from 'i18next';
import { useEffect, useId, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { RejectsTable } from './RejectsTable.tsx';
import { ImportFailure, type ImportKind, type Reject } from './upload-import.ts';
import { useImportLabels } from './use-import-labels.ts';

const nextStepKeys = {
  missing_columns: 'import.failure.next.missing_columns',
  invalid_mapping: 'import.failure.next.invalid_mapping',
  no_valid_rows: 'import.failure.next.no_valid_rows',
  no_rows: 'import.failure.next.no_rows',
  empty_file: 'import.failure.next.empty_file',
  not_text: 'import.failure.next.not_text',
  sheet_not_found: 'import.failure.next.sheet_not_found',
  two_header_rows: 'import.failure.next.two_header_rows',
  products_packed_per_order: 'import.failure.next.products_packed_per_order',
  drop_out_of_order: 'import.failure.next.drop_out_of_order',
  order_ids_reused: 'import.failure.next.order_ids_reused',
  return_ids_reused: 'import.failure.next.return_ids_reused',
  unsupported_media_type: 'import.failure.next.unsupported_media_type',
  unreadable_file: 'import.failure.next.unreadable_file',
  unterminated_quote: 'import.failure.next.unterminated_quote',
  file_too_large: 'import.failure.next.file_too_large',
  bad_upload: 'import.failure.next.bad_upload',
  no_file: 'import.failure.next.no_file',
  invalid_form: 'import.failure.next.invalid_form',
  forbidden_origin: 'import.failure.next.forbidden_origin',
  forbidden_host: 'import.failure.next.forbidden_host',
  unauthorized: 'import.failure.next.unauthorized',
  network: 'import.failure.next.network',
} as const satisfies Record<string, ParseKeys>;

type NextStepKey = (typeof nextStepKeys)[keyof typeof nextStepKeys] | 'import.failure.next.server' | 'import.failure.next.other';

/** What to do about a failure: by its code when we know it, else by whose side it is on. */
function nextStepKey(failure: ImportFailure): NextStepKey {
  if (Object.hasOwn(nextStepKeys, failure.code)) return nextStepKeys[failure.code as keyof typeof nextStepKeys];
  return failure.status >= 500 || failure.status === 0 ? 'import.failure.next.server' : 'import.failure.next.other';
}

interface FailureDetails {
  missing: string[];
  headersSeen: string[];
  rejects: Reject[];
  /** The kind the file looks like when it was sent as another (missing_columns). */
  suggestedKind: ImportKind | null;
}

const kinds: readonly string[] = ['orders', 'returns', 'combined'];

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function isReject(value: unknown): value is Reject {
  const reject = value as Reject | null;
  return typeof reject === 'object' && reject !== null && typeof reject.line === 'number' && typeof reject.field === 'string';
}

/** The parts of `error.details` the page can show; anything else in it is left out. */
function readDetails(details: unknown): FailureDetails {
  const record = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  return {
    missing: stringList(record.missing),
    headersSeen: stringList(record.headersSeen),
    rejects: Array.isArray(record.rejects) ? record.rejects.filter(isReject) : [],
    suggestedKind: typeof record.suggestedKind === 'string' && kinds.includes(record.suggestedKind) ? (record.suggestedKind as ImportKind) : null,
  };
}

interface FailureExplanationProps {
  failure: ImportFailure;
  /** Offered when the server says the file looks like another kind. */
  onChooseKind?: (kind: ImportKind) => void;
}

/** The server's message, the columns missing and those seen, and what to do next. */
export function FailureExplanation({ failure, onChooseKind }: FailureExplanationProps) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const details = readDetails(failure.details);
  return (
    <>
      {failure.status > 0 && failure.message && (
        <div className="import-failure__message">
          <p className="muted">{t('import.failure.serverSaid')}</p>
          {/* The API writes its messages in English; saying so lets a screen reader pronounce them right. */}
          <p lang="en">{failure.message}</p>
        </div>
      )}
      {details.missing.length > 0 && (
        <p>{t('import.failure.missing', { fields: details.missing.map((field) => `${labels.field(field)} (${field})`).join(', ') })}</p>
      )}
      {details.headersSeen.length > 0 && (
        <div className="import-failure__headers">
          <p>{t('import.failure.headersSeen')}</p>
          <ul className="header-chips">
            {details.headersSeen.map((header, index) => (
              <li key={`${index}-${header}`}>
                <code>{header}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="import-failure__next">
        <Trans i18nKey={nextStepKey(failure)} components={{ code: <code /> }} />
      </p>
      {details.suggestedKind && onChooseKind && (
        <div>
          <button type="button" className="button" onClick={() => onChooseKind(details.suggestedKind!)}>
            {t('import.failure.useKind', { kind: labels.kind(details.suggestedKind) })}
          </button>
        </div>
      )}
    </>
  );
}

interface ImportFailureViewProps {
  failure: ImportFailure | Error;
  fileName: string;
  onRetry: () => void;
  onChooseKind?: (kind: ImportKind) => void;
}

/**
 * Why the file was not imported, in the server's own words, with what to do next. A 4xx from
 * the import route guarantees that nothing was written, so the page says so.
 */
export function ImportFailureView({ failure: error, fileName, onRetry, onChooseKind }: ImportFailureViewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const cancelled = useRef<HTMLParagraphElement>(null);
  const failure = error instanceof ImportFailure ? error : new ImportFailure(0, 'network', error.message);

  // The cancel button, or the progress bar, that had the focus is gone: the outcome takes it.
  useEffect(() => {
    (heading.current ?? cancelled.current)?.focus();
  }, [failure.code, failure.message]);

  if (failure.code === 'aborted') {
    return (
      <p ref={cancelled} tabIndex={-1} className="import-panel import-cancelled" role="status">
        {t('import.failure.cancelled', { name: fileName })}
      </p>
    );
  }

  const rejects = readDetails(failure.details).rejects;
  const isClientError = failure.status >= 400 && failure.status < 500;

  return (
    <section className="import-panel import-failure" aria-labelledby={titleId}>
      <h2 id={titleId} ref={heading} tabIndex={-1} className="import-panel__title">
        {t('import.failure.title', { name: fileName })}
      </h2>
      {isClientError && <p>{t('import.failure.nothingChanged')}</p>}
      <FailureExplanation failure={failure} onChooseKind={onChooseKind} />
      {!isClientError && (
        <div>
          <button type="button" className="button" onClick={onRetry}>
            {t('import.failure.retry')}
          </button>
        </div>
      )}
      {rejects.length > 0 && <RejectsTable rejects={rejects} fileName={fileName} />}
    </section>
  );
}
