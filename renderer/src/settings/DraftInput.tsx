import { useState, type InputHTMLAttributes } from 'react';

/**
 * A text input for a parsed value: every keystroke that parses is applied at once (so numbers follow while
 * typing), a text that does not parse stays in the box marked invalid with `error` shown, and leaving the box
 * shows the value in effect again.
 */
export function DraftInput<T>(
  props: {
    value: T;
    format: (v: T) => string;
    parse: (text: string) => T | null;
    onCommit: (v: T) => void;
    error?: string;
  } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>,
) {
  const { value, format, parse, onCommit, error, ...rest } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parse(draft) === null;
  return (
    <span className="draft-input">
      <input
        type="text"
        {...rest}
        value={draft ?? format(value)}
        aria-invalid={invalid}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = parse(e.target.value);
          if (v !== null) onCommit(v);
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setDraft(null);
        }}
      />
      {invalid && error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** "30", "30 %", "30,5" -> 0.3, 0.305; null outside 0..100. */
export function parsePercentShare(text: string): number | null {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(\.\d+)?$/.test(s)) return null;
  const p = Number(s);
  return p >= 0 && p <= 100 ? Number((p / 100).toFixed(12)) : null;
}
