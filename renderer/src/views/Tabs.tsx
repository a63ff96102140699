import { useRef, type KeyboardEvent } from 'react';

/** A WAI-ARIA tab list: arrow keys, Home and End move between tabs; one tab stop. */
export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly { key: K; label: string; badge?: string }[];
  current: K;
  onChange: (key: K) => void;
  idPrefix: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, i: number) => {
    const n = props.tabs.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i - 1 + n) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    props.onChange(props.tabs[next]!.key);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((tab, i) => (
        <button
          key={tab.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${props.idPrefix}-tab-${tab.key}`}
          aria-controls={`${props.idPrefix}-panel`}
          aria-selected={tab.key === props.current}
          tabIndex={tab.key === props.current ? 0 : -1}
          className="tabs__tab"
          onClick={() => props.onChange(tab.key)}
          onKeyDown={(e) => move(e, i)}
        >
          {tab.label}
          {tab.badge ? <span className="tabs__badge">{tab.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}
