import { useId } from 'react';
import './SegmentedControl.css';

interface SegmentedControlProps<Value extends string> {
  /** The group's accessible name, unless `labelledBy` points at a visible label. */
  label: string;
  labelledBy?: string;
  value: Value;
  /** A `disabled` option is shown but cannot be chosen; its `title` says why. */
  options: { value: Value; label: string; disabled?: boolean; title?: string }[];
  onChange: (value: Value) => void;
}

/** A small either/or choice, as native radios so arrow keys and screen readers work as expected. */
export function SegmentedControl<Value extends string>({
  label,
  labelledBy,
  value,
  options,
  onChange,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <div
      className="segmented"
      role="radiogroup"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
    >
      {options.map((option) => (
        <label key={option.value} className="segmented__option" title={option.title}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            disabled={option.disabled}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
