import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CREDIT_PRESET_NAMES } from '../../../core/model/credit-settings';
import { en } from '../../../renderer/src/i18n/en';
import { id } from '../../../renderer/src/i18n/id';
import { REPORT_STRINGS } from '../../../renderer/report/strings';
import { leaves } from './leaves';
import { jsxLiterals } from './jsx-literals';
import { ENGLISH_WORDS, englishWordsIn } from './english-words';

/**
 * Texts that are the same in both languages, each reviewed: names (formats, languages, checksums), symbols,
 * and words Bahasa Indonesia uses as they are (target, format, platform, status, per).
 */
const SAME_IN_BOTH = new Set([
  'PDF',
  'CSV',
  'JSON',
  'Format',
  'Platform',
  'Target',
  'target {{target}}',
  'target 7',
  'Status',
  'Per',
  'Id',
  'English',
  'Bahasa Indonesia',
  'SHA-256',
  '—',
  '#',
]);

/**
 * What a JSX file may write without i18n: a date-fns pattern (a syntax, not a language), a paper name and an ISO 4217
 * currency code (the currency field's example).
 */
// notation, the same in every language: a date pattern, a paper size, a currency code, a composite expression
const JSX_LITERALS_ALLOWED = new Set(['yyyy-MM-dd HH:mm', 'A4', 'USD', 'App=API&DB']);

/** A formula is notation (identifiers, operators), the same in every language; its note is prose and is checked. */
const isProse = (key: string) => !key.endsWith('.formula');

describe.each([
  ['the dashboard (renderer/src/i18n)', en, id],
  ['the printed report (renderer/report/strings)', REPORT_STRINGS.en, REPORT_STRINGS.id],
])('%s in Bahasa Indonesia', (_face, english, indonesian) => {
  const enTexts = leaves(english);
  const idTexts = leaves(indonesian);
  it('has every English key', () => {
    expect([...enTexts.keys()].filter((k) => !idTexts.has(k))).toEqual([]);
  });
  it('translates every text but the reviewed names and shared words', () => {
    const same = [...enTexts]
      .filter(([k, v]) => isProse(k) && idTexts.get(k) === v && !SAME_IN_BOTH.has(v))
      .map(([k]) => k);
    expect(same).toEqual([]);
  });
  it('uses no English word in its Indonesian texts', () => {
    const found = [...idTexts]
      .filter(([k]) => isProse(k))
      .flatMap(([k, v]) => englishWordsIn(v).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe('the dashboard', () => {
  it('labels each credit preset by its provider and commitment, never by its key', () => {
    for (const p of CREDIT_PRESET_NAMES) {
      expect(en.settings.creditPresets[p]).not.toBe(p);
      expect(id.settings.creditPresets[p]).not.toBe(p);
    }
  });
  it('writes no English literal in JSX: every text a person reads comes from i18n', () => {
    const root = join(__dirname, '../../..');
    const literals = jsxLiterals(join(root, 'renderer/src'), root).filter((l) => !JSX_LITERALS_ALLOWED.has(l.text));
    expect(literals.map((l) => `${l.file}:${l.line} "${l.text}"`)).toEqual([]);
  });
  it('the word list catches what finding 7 saw', () => {
    // "Bulan (31 d)": an English unit in an Indonesian label; "Months met": an English phrase
    expect(englishWordsIn('Bulan (31 d)')).toEqual(['d']);
    expect(englishWordsIn('Months met')).toEqual(['months', 'met']);
    expect(englishWordsIn('Bulan tercapai')).toEqual([]);
    expect(ENGLISH_WORDS.size).toBeGreaterThan(40);
  });
});
