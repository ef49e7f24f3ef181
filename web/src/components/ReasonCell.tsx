import { useReasonLabel } from '../i18n/use-reason-label.ts';
import { reasonColor } from '../lib/palette.ts';
import './ReasonCell.css';

/** A reason in a table: its colour swatch (the same as on the charts) and its name; the raw text on hover. */
export function ReasonCell({ code, rawText }: { code: string | null; rawText?: string | null }) {
  const reasonLabel = useReasonLabel();
  return (
    <span className="reason-cell" title={rawText ?? undefined}>
      {code && <span className="swatch" style={{ background: reasonColor(code) }} aria-hidden="true" />}
      {reasonLabel(code)}
    </span>
  );
}
