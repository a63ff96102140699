import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompositeSyntaxError, parseCompositeDefinition } from '@core/compute/composite-expression';
import type { Settings } from '@core/model/settings';

type Composites = Settings['composites'];

/** One definition a line, `NAME=EXPRESSION`; the first bad line's problem, or the list. */
export function parseCompositeLines(
  text: string,
): { ok: true; value: Composites } | { ok: false; line: number; problem: string } {
  const value: Composites = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      const { name } = parseCompositeDefinition(line);
      if (value.some((c) => c.name === name)) return { ok: false, line: i + 1, problem: `"${name}" is defined twice` };
      value.push({ name, expression: line.slice(line.indexOf('=') + 1).trim() });
    } catch (e) {
      if (!(e instanceof CompositeSyntaxError)) throw e;
      return { ok: false, line: i + 1, problem: e.message };
    }
  }
  return { ok: true, value };
}

const asText = (cs: Composites): string => cs.map((c) => `${c.name}=${c.expression}`).join('\n');

/** Composite services (issue 18 item 3), applied as a whole so a half-typed line never reaches the report. */
export function CompositesEditor(props: { composites: Composites; onApply: (composites: Composites) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => asText(props.composites));
  const parsed = parseCompositeLines(text);
  const changed = !parsed.ok || asText(parsed.value) !== asText(props.composites);
  return (
    <div className="composites">
      <textarea
        rows={3}
        value={text}
        spellCheck={false}
        aria-label={t('settings.composites')}
        placeholder="App=API&DB"
        aria-invalid={!parsed.ok}
        onChange={(e) => setText(e.target.value)}
      />
      {!parsed.ok ? (
        <span className="field-error" role="alert">
          {t('settings.compositeError', { line: parsed.line, problem: parsed.problem })}
        </span>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!parsed.ok || !changed}
          onClick={() => parsed.ok && props.onApply(parsed.value)}
        >
          {t('actions.apply')}
        </button>
      </div>
    </div>
  );
}
