import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { uploadImport, type ImportFailure, type ImportReport, type ImportRequest } from './upload-import.ts';

/** Where a running import is: its bytes going up, then the server working on them. */
export type ImportProgress = { stage: 'uploading'; loaded: number; total: number } | { stage: 'importing' };

/**
 * Sends a file to be imported, following its upload. Once rows are written every cached answer
 * is out of date (the dataset, every metric on every page, the import log), so all of them are
 * invalidated: the ones on screen refetch now, the others when their page next opens.
 */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const mutation = useMutation<ImportReport, ImportFailure, ImportRequest>({
    mutationKey: ['imports', 'upload'],
    // The server is on this machine: the browser believing it is offline (no Wi-Fi) says nothing about it.
    networkMode: 'always',
    mutationFn: (request) => {
      const controller = new AbortController();
      abort.current = controller;
      setProgress({ stage: 'uploading', loaded: 0, total: request.file.size });
      return uploadImport(request, {
        signal: controller.signal,
        onUploadProgress: (loaded, total) => setProgress({ stage: 'uploading', loaded, total }),
        onUploaded: () => setProgress({ stage: 'importing' }),
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
