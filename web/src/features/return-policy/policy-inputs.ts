import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchUpdate } from '../../app/use-search-update.ts';

// The simulator's inputs live in the URL beside the filters, under the API's own names, so a link
// shows the same simulation. An absent one is the server's default, which the answer states.

export const policyInputNames = ['windowDays', 'returnFee', 'feeElasticity', 'exchangeShare', 'bonusCreditRate'] as const;
export type PolicyInputName = (typeof policyInputNames)[number];
export type PolicyInputParams = Partial<Record<PolicyInputName, string>>;

/** The inputs a URL asks for; a value that is not a number is left out, so the default stands. */
export function readPolicyInputs(params: URLSearchParams): PolicyInputParams {
  const inputs: PolicyInputParams = {};
  for (const name of policyInputNames) {
    const raw = params.get(name);
    if (raw !== null && raw.trim() !== '' && Number.isFinite(Number(raw))) inputs[name] = raw;
  }
  return inputs;
}

export function usePolicyInputs() {
  const [params] = useSearchParams();
  const updateSearch = useSearchUpdate();
  const inputs = useMemo(() => readPolicyInputs(params), [params]);
  const setInput = useCallback(
    (name: PolicyInputName, value: number | null) =>
      updateSearch((current) => {
        const changed = new URLSearchParams(current);
        if (value === null) changed.delete(name);
        else changed.set(name, String(value));
        return changed;
      }),
    [updateSearch],
  );
  return { inputs, setInput };
}
