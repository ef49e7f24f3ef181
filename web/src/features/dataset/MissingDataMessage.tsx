import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MissingField } from './missing-fields.ts';
import { useMissingFields } from './use-missing-fields.ts';

/**
 * Says what the data lacks for a chart ("your data has no refund amounts"), in place of an empty
 * chart that would offer to widen a period or drop filters, which cannot help.
 */
export function MissingDataMessage({ fields, consequence }: { fields: readonly MissingField[]; consequence?: string }) {
  const { t } = useTranslation();
  return (
    <div className="no-data">
      {fields.map((field) => (
        <p key={field} className="no-data__title">
          {t(`missing.${field}`)}
        </p>
      ))}
      {consequence && <p>{consequence}</p>}
      <p>
        <Trans i18nKey={hintFor(fields)} components={{ importpage: <Link to="/import" /> }} />
      </p>
    </div>
  );
}

/** What to import: the missing file (returns, orders) when a whole one is missing, else a file with the column. */
function hintFor(fields: readonly MissingField[]) {
  if (fields.includes('returns')) return 'missing.hintReturns';
  if (fields.includes('orders')) return 'missing.hintOrders';
  return 'missing.hint';
}

/**
 * What a chart made of these fields of the returns says instead of itself when the loaded data
 * has none of one of them (ChartFrame's `unavailable`); undefined when the data has them all.
 */
export function useMissingDataMessage(needs: readonly MissingField[], consequence?: string): ReactNode {
  const missing = useMissingFields(needs);
  return missing.length > 0 ? <MissingDataMessage fields={missing} consequence={consequence} /> : undefined;
}
