import { useEffect } from 'react';

/** Names the browser tab after the page, so several open views can be told apart. */
export function useDocumentTitle(pageTitle: string) {
  useEffect(() => {
    document.title = `${pageTitle} · Inversa`;
  }, [pageTitle]);
}
