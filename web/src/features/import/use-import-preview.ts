import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { fetchPreview } from './preview-request.ts';
import type { ColumnMapping, FormatChoice, ImportKind } from './upload-import.ts';

// A File has no identity a query key can hold; each chosen file gets a number instead.
const fileIds = new WeakMap<File, number>();
let nextFileId = 1;
function fileId(file: File): number {
  let id = fileIds.get(file);
  if (id === undefined) {
    id = nextFileId++;
    fileIds.set(file, id);
  }
  return id;
}

export interface PreviewInput {
  file: File | null;
  kind: ImportKind;
  /** The person's mapping, complete once they changed any pairing; undefined for the detected one. */
  mapping?: ColumnMapping;
  format?: FormatChoice;
  /** A workbook's sheet the person picked. */
  sheet?: string;
}

/** The query that previews one file: keyed on what was asked, a 4xx is an answer, not a reason to retry. */
function previewOptions({ file, kind, mapping, format, sheet }: PreviewInput) {
  return queryOptions({
    queryKey: ['imports', 'preview', file ? fileId(file) : null, kind, mapping ?? null, format ?? null, sheet ?? null],
    // The signal is left alone on purpose: a superseded preview (the kind changed a moment later)
    // is at most 10 MiB and simply finishes, which spares the server an upload cut off mid-body.
    queryFn: file ? () => fetchPreview({ file, kind, mode: 'append', mapping, format, sheet }) : skipToken,
    retry: false,
    staleTime: Infinity,
    gcTime: 60_000,
    networkMode: 'always',
  });
}

/**
 * The preview of the chosen file, asked again whenever the kind, the mapping or the format
 * changes. Nothing is written, so it is an ordinary query keyed on what was asked.
 */
export function useImportPreview(input: PreviewInput) {
  const { file, kind } = input;
  return useQuery({
    ...previewOptions(input),
    // Keep the last preview of the same file and kind on screen while a changed mapping or format is previewed again.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === (file ? fileId(file) : null) && previousQuery?.queryKey[3] === kind ? previous : undefined,
  });
}

/** The previews of several files dropped together, each read as its own header says. */
export function useDropPreviews(files: readonly File[]) {
  return useQueries({ queries: files.map((file) => previewOptions({ file, kind: 'auto' })) });
}
