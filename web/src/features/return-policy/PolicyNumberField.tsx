import { useEffect, useId, useState } from 'react';

interface PolicyNumberFieldProps {
  label: string;
  /** The value in force (the URL's, else the answer's default); undefined until known. */
  value: number | undefined;
  onCommit: (value: number) => void;
  min: number;
  max: number;
  /** Whole numbers only (days), else any decimal. */
  integer?: boolean;
  /** A unit after the box: "días", "%", the currency. */
  unit?: string;
}

/**
 * A number the simulation takes. What is typed is kept as typed and committed only while it is a
 * number within bounds, so a half-typed "4" of "45" asks once more but never breaks the page.
 */
export function PolicyNumberField({ label, value, onCommit, min, max, integer = false, unit }: PolicyNumberFieldProps) {
  const id = useId();
  const accepts = (text: string) => {
    const next = Number(text);
    return text.trim() !== '' && Number.isFinite(next) && next >= min && next <= max && (!integer || Number.isInteger(next));
  };
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  // A change from elsewhere (a window button, Back) shows in the box; the box's own commits do not reset it.
  useEffect(() => {
    if (value !== undefined && (draft.trim() === '' || Number(draft) !== value)) setDraft(String(value));
  }, [value]);
  return (
    <div className="filter-field policy-field">
      <label htmlFor={id} className="filter-field__label">
        {label}
      </label>
      <span className="policy-field__box">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={integer ? 1 : 'any'}
          value={draft}
          aria-invalid={!accepts(draft)}
          onChange={(event) => {
            setDraft(event.target.value);
            if (accepts(event.target.value)) onCommit(Number(event.target.value));
          }}
        />
        {unit && <span className="policy-field__unit">{unit}</span>}
      </span>
    </div>
  );
}
