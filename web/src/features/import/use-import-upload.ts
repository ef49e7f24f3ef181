import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { uploadImport, type ImportFailure, type ImportReport, type ImportRequest, type ServerProgress } from './upload-import.ts';

/**
 * Where a running import is: its bytes going up, then the server's phases as it reports them
 * (`importing` while a server that does not report them works).
 */
export type ImportProgress =
  | { stage: 'uploading'; loaded: number; total: number }
  | { stage: 'importing' }
  | { stage: ServerProgress['phase']; bytesRead?: number; totalBytes?: number };

/**
 * Sends a file to be imported, following its upload. Once rows are written every cached answer
 * is out of date (the dataset, every metric on every page, the import log), so all of them are
 * invalidated: the ones on screen refetch now, the others when their page next opens.
 */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const mutation = useMutation<ImportReport[], ImportFailure, ImportRequest>({
    mutationKey: ['imports', 'upload'],
    // The server is on this machine: the browser believing it is offline (no Wi-Fi) says nothing about it.
    networkMode: 'always',
    mutationFn: (request) => {
      const controller = new AbortController();
      abort.current = controller;
      setProgress({ stage: 'uploading', loaded: 0, total: [request.file, ...(request.others ?? [])].reduce((sum, f) => sum + f.size, 0) });
      return uploadImport(request, {
        signal: controller.signal,
        onUploadProgress: (loaded, total) => setProgress({ stage: 'uploading', loaded, total }),
        // A phase the server already announced is not overtaken by the upload's own end.
        onUploaded: () => setProgress((current) => (current?.stage === 'uploading' ? { stage: 'importing' } : current)),
        onServerProgress: ({ phase, bytesRead, totalBytes }) => setProgress({ stage: phase, bytesRead, totalBytes }),
      });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries();
    },
    onSettled: () => {
      abort.current = null;
      setProgress(null);
    },
  });

  // Closing the tab mid-upload loses the file; once it is up, the server finishes on its own.
  const uploading = progress?.stage === 'uploading';
  useEffect(() => {
    if (!uploading) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [uploading]);

  return {
    mutation,
    progress,
    /** Stops an upload still in flight. Once the file is up the server finishes on its own, so there is nothing to stop. */
    cancel: () => abort.current?.abort(),
  };
}
