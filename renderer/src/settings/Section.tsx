import { useId, type ReactNode } from 'react';

/** A titled group of the settings panel. */
export function Section(props: { title: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id} className="settings-section__title">
        {props.title}
      </h3>
      {props.hint ? <p className="muted settings-section__hint">{props.hint}</p> : null}
      {props.children}
    </section>
  );
}
