import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './SearchBox.css';

interface SearchBoxProps {
  label: string;
  placeholder: string;
  initial: string;
  /** Called on submit (Enter or the button) with the trimmed text; an empty text clears the search. */
  onSearch: (text: string) => void;
}

/** A search field for a server-searched table: one request per submit, not per keystroke. */
export function SearchBox({ label, placeholder, initial, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input id={id} type="search" value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="button">
        {t('rows.search.submit')}
      </button>
    </form>
  );
}
