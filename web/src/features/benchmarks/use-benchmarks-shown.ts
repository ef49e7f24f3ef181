import { useCallback, useState } from 'react';

const storageKey = 'inversa.benchmarks.hidden';

function storedHidden(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    // storage can be blocked; showing them is the default then
    return false;
  }
}

/**
 * Whether outside benchmarks are shown beside the shop's figures: remembered per browser, since it
 * is a reading preference, like the language, not a setting of the data.
 */
export function useBenchmarksShown(): [boolean, (shown: boolean) => void] {
  const [shown, setShownState] = useState(() => !storedHidden());
  const setShown = useCallback((next: boolean) => {
    setShownState(next);
    try {
      if (next) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, '1');
    } catch {
      // not persisting is acceptable: the choice still holds on this page
    }
  }, []);
  return [shown, setShown];
}
