import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORD_MEANINGS, type WordMeaning } from '@core/model/import-settings';

/** The user's remapping of log words to severities (SPEC 3); applied by re-importing the log. */
export function WordsEditor(props: {
  words: Record<string, WordMeaning>;
  onApply: (words: Record<string, WordMeaning>) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<[string, WordMeaning][]>(() => Object.entries(props.words));
  const clean = Object.fromEntries(rows.filter(([w]) => w.trim() !== '').map(([w, m]) => [w.trim().toLowerCase(), m]));
  const changed = JSON.stringify(clean) !== JSON.stringify(props.words);
  return (
    <div className="words">
      {rows.map(([word, meaning], i) => (
        <div className="words__row" key={i}>
          <input
            type="text"
            value={word}
            aria-label={`${t('settings.word')} ${i + 1}`}
            placeholder={t('settings.word')}
            onChange={(e) => setRows(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))}
          />
          <span aria-hidden="true">→</span>
          <select
            value={meaning}
            aria-label={`${t('settings.meaning')} ${i + 1}`}
            onChange={(e) => setRows(rows.map((r, j) => (j === i ? [r[0], e.target.value as WordMeaning] : r)))}
          >
            {WORD_MEANINGS.map((m) => (
              <option key={m} value={m}>
                {t(`severity.${m}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="icon-button"
            aria-label={`${t('actions.remove')} ${word}`}
            onClick={() => setRows(rows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => setRows([...rows, ['', 'major']])}>
          {t('actions.add')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!changed || props.busy}
          onClick={() => props.onApply(clean)}
        >
          {t('actions.apply')}
        </button>
      </div>
    </div>
  );
}
