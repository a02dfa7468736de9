import { useEffect, useRef, useState } from 'preact/hooks';

export interface SearchBoxProps {
  /** `data-testid` of the input (the automation contract names each search box) */
  testId: string;
  placeholder: string;
  /** accessible name of the input */
  label: string;
  /** called with the trimmed query once typing pauses for `debounceMs` */
  onSearch: (query: string) => void;
  debounceMs?: number;
  autoFocus?: boolean;
}

/**
 * A search input that searches as the person types: it waits until typing pauses, so a fast typist
 * sends one request instead of one per key.
 */
export function SearchBox({ testId, placeholder, label, onSearch, debounceMs = 100, autoFocus }: SearchBoxProps) {
  const [value, setValue] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest callback, so a parent re-render does not restart the pending search.
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement).value;
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(next.trim()), debounceMs);
  };

  return (
    <input
      class="search-box"
      type="search"
      data-testid={testId}
      value={value}
      placeholder={placeholder}
      aria-label={label}
      autoComplete="off"
      spellcheck={false}
      autoFocus={autoFocus}
      onInput={onInput}
    />
  );
}
