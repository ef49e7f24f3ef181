import { useId } from 'react';
import './SegmentedControl.css';

interface SegmentedControlProps<Value extends string> {
  label: string;
  /** Show the label above, like the other filter fields, instead of only to screen readers. */
  showLabel?: boolean;
  value: Value;
  options: { value: Value; label: string }[];
  onChange: (value: Value) => void;
}

/** A small either/or choice, as native radios so arrow keys and screen readers work as expected. */
export function SegmentedControl<Value extends string>({
  label,
  showLabel = false,
  value,
  options,
  onChange,
}: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset className={showLabel ? 'segmented segmented--labelled' : 'segmented'}>
      <legend className={showLabel ? 'segmented__legend' : 'visually-hidden'}>{label}</legend>
      {options.map((option) => (
        <label key={option.value} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
