import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenSlo, SloFileError, sloNoteText } from '../../../core/slo/read-openslo';
import { applyOpenSlo, unappliedSloNotes } from '../../../core/slo/apply-openslo';
import { DEFAULT_SETTINGS } from '../../../core/model/settings';
import { targetFor } from '../../../core/model/settings-lookup';

const SHOP = join(__dirname, '../../fixtures/openslo/shop-slos.yaml');

const slo = (body: string): string => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: api-slo
spec:
  service: API
  budgetingMethod: Timeslices
${body}`;

function errorOf(text: string): string {
  try {
    readOpenSlo(text, 'slo.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(SloFileError);
    return (e as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('an OpenSLO file written as the spec shows', () => {
  const request = readOpenSlo(readFileSync(SHOP, 'utf8'), 'shop-slos.yaml');
  const notes = [...request.notes, ...unappliedSloNotes(request)].map((n) => sloNoteText('shop-slos.yaml', n));

  it('sets each service its target, the report zone from the calendar window, the month period and the rolling window', () => {
    const settings = applyOpenSlo(DEFAULT_SETTINGS, request);
    // checkout: objectives 0.9995 and 99.9 % -> the higher, 0.9995; search: targetPercent 99.5 -> 0.995
    expect(settings.targets).toEqual({ default: 0.999, services: { checkout: 0.9995, search: 0.995 } });
    expect(settings.reportTimeZone).toBe('Europe/Berlin');
    expect(request.period?.period).toBe('month');
    // 2w -> 14 days, computed as --rolling 14d would (docs/spec.md 5a)
    expect(request.rolling.map((r) => r.days)).toEqual([14]);
    expect(settings.rolling).toEqual([14]);
    expect(settings.period).toBe('month');
  });

  it('names what it read but did not apply, with document, line and path', () => {
    expect(notes).toContain(
      'shop-slos.yaml:4: document 1 (web-shop) kind: kind Service is not read: only SLO documents set targets',
    );
    expect(notes).toContain(
      "shop-slos.yaml:29: document 2 (checkout-availability) spec.objectives: 2 objectives: the highest target, 99.95 %, is the service's target (meeting it meets the others)",
    );
    expect(notes).toContain(
      'shop-slos.yaml:20: document 2 (checkout-availability) spec.indicatorRef: the SLI is not read: availability here comes from the outage log',
    );
    expect(notes).toContain(
      'shop-slos.yaml:55: document 3 (search-slo) spec.budgetingMethod: Occurrences counts good events; the log holds outages, not events, so the target is held against the share of time up',
    );
    expect(notes).toContain(
      'shop-slos.yaml:58: document 3 (search-slo) spec.objectives[0].op: the threshold compares an SLI, which is not read',
    );
    // the rolling window is applied now, so nothing is said of it
    expect(notes.join('\n')).not.toContain('spec.timeWindow[0].duration');
    // an empty alertPolicies asks nothing, and labels and descriptions change no figure
    expect(notes.join('\n')).not.toMatch(/alertPolicies|labels|description/);
  });
});

describe('what the file asks beyond a target', () => {
  it('names an unknown field (a typo) instead of dropping it', () => {
    const r = readOpenSlo(slo('  objectives:\n    - target: 0.99\n      tagret: 0.999\n'), 'slo.yaml');
    expect(r.notes.map((n) => sloNoteText('slo.yaml', n))).toContain(
      "slo.yaml:10: document 1 (api-slo) spec.objectives[0].tagret: unknown field: not part of OpenSLO v1's SLO, not read",
    );
  });

  it("reads the spec example's 1m calendar window as the minute it is, and says so", () => {
    const text = slo(`  timeWindow:
    - duration: 1m
      calendar: { startTime: "2022-01-01 12:00:00", timeZone: America/New_York }
  objectives: [{ target: 0.99 }]
`);
    const r = readOpenSlo(text, 'slo.yaml');
    expect(r.period).toBeNull();
    expect(r.timeZone?.zone).toBe('America/New_York');
    expect(r.notes.map((n) => n.message)).toContain(
      'a calendar window of 1m (1m is one minute; a month is 1M) is not applied: report periods are 1M (month), 1Q (quarter) or 1Y (year)',
    );
  });

  it('keeps a quarter and says a calendar window starting at noon is not a period start here', () => {
    const text = slo(`  timeWindow:
    - duration: 1Q
      calendar: { startTime: "2024-02-01 12:00:00", timeZone: UTC }
  objectives: [{ target: 0.99 }]
`);
    const r = readOpenSlo(text, 'slo.yaml');
    expect(r.period?.period).toBe('quarter');
    expect(r.notes.map((n) => `${n.line} ${n.message}`)).toContain(
      '10 startTime 2024-02-01 12:00:00 is not applied: each quarter here begins at 00:00 on its first day',
    );
    // the quarter is the report's period (SPEC 4 --period quarter)
    expect(unappliedSloNotes(r)).toEqual([]);
    expect(applyOpenSlo(DEFAULT_SETTINGS, r).period).toBe('quarter');
  });

  it('adds rolling windows to those the settings hold, and names one longer than ten years', () => {
    const text = `${slo('  timeWindow: [{ duration: 4w, isRolling: true }]\n  objectives: [{ target: 0.99 }]\n')}---\n${slo(
      '  timeWindow: [{ duration: 3700d, isRolling: true }]\n  objectives: [{ target: 0.99 }]\n',
    )}`;
    const r = readOpenSlo(text, 'slo.yaml');
    const base = { ...DEFAULT_SETTINGS, rolling: [30] };
    // 4w = 28 days beside the settings' 30; 3,700 days is past MAX_ROLLING_DAYS (3,660)
    expect(applyOpenSlo(base, r).rolling).toEqual([30, 28]);
    expect(unappliedSloNotes(r, base).map((n) => n.message)).toEqual([
      'a rolling 3700-day window is not applied: rolling windows here are at most 3660 days',
    ]);
  });

  it('gives `*` (the platform row) as the default target and keeps the higher of two targets for one service', () => {
    const text = `${slo('  objectives: [{ target: 0.99 }]\n')}---\n${slo('  objectives: [{ targetPercent: 99.95 }]\n').replace('service: API', 'service: "*"')}---\n${slo('  objectives: [{ target: 0.995 }]\n')}`;
    const r = readOpenSlo(text, 'slo.yaml');
    expect(applyOpenSlo(DEFAULT_SETTINGS, r).targets).toEqual({ default: 0.9995, services: { API: 0.995 } });
    expect(r.notes.map((n) => `${n.document} ${n.message}`)).toContain(
      '3 service "API" also has a target in document 1: the higher, 99.5 %, is kept',
    );
  });

  it('lets settings already given stand for services the file does not name', () => {
    const base = { ...DEFAULT_SETTINGS, targets: { default: 0.99, services: { DB: 0.9 } } };
    const r = readOpenSlo(slo('  objectives: [{ target: 0.9999 }]\n'), 'slo.yaml');
    const s = { ...DEFAULT_SETTINGS, ...applyOpenSlo(base, r) } as typeof DEFAULT_SETTINGS;
    expect([targetFor(s, 'API'), targetFor(s, 'DB'), targetFor(s, 'Web')]).toEqual([0.9999, 0.9, 0.99]);
  });
});

describe('a file that is not OpenSLO this calculator can read', () => {
  it('refuses invalid YAML with its line', () => {
    expect(errorOf(slo('  objectives: [{ target: 0.99\n'))).toMatch(/^slo\.yaml:9: /);
  });

  it('refuses a duplicate key with its line', () => {
    expect(errorOf(slo('  objectives: [{ target: 0.99 }]\n  service: Web\n'))).toMatch(
      /^slo\.yaml:9: Map keys must be unique/,
    );
  });

  it('refuses a target out of range, both target and targetPercent, or neither, each with its line and path', () => {
    expect(errorOf(slo('  objectives:\n    - target: 99.9\n'))).toBe(
      'slo.yaml:9: document 1: spec.objectives[0].target: target is a fraction, at most 1',
    );
    expect(errorOf(slo('  objectives:\n    - target: 0.99\n      targetPercent: 99\n'))).toBe(
      'slo.yaml:10: document 1: spec.objectives[0].targetPercent: give target or targetPercent, not both',
    );
    expect(errorOf(slo('  objectives:\n    - displayName: x\n'))).toBe(
      'slo.yaml:9: document 1: spec.objectives[0]: an objective needs target or targetPercent',
    );
  });

  it('refuses an unknown zone, a bad duration and a missing budgeting method, naming every one', () => {
    const text = `apiVersion: openslo/v1
kind: SLO
metadata: { name: x }
spec:
  service: API
  timeWindow:
    - duration: 1 month
      calendar: { startTime: "2024-01-01 00:00:00", timeZone: Mars/Olympus }
  objectives: [{ target: 0.99 }]
`;
    const message = errorOf(text);
    expect(message).toContain('slo.yaml:7: document 1: spec.timeWindow[0].duration: expected a duration shorthand');
    expect(message).toContain(
      'slo.yaml:8: document 1: spec.timeWindow[0].calendar.timeZone: not a known IANA time zone',
    );
    // a missing field is named at its parent's line: spec's mapping begins on line 5
    expect(message).toContain('slo.yaml:5: document 1: spec.budgetingMethod: Invalid option');
  });

  it('refuses another apiVersion and a file with no SLO', () => {
    expect(errorOf(slo('  objectives: [{ target: 0.99 }]\n').replace('openslo/v1', 'openslo/v1alpha'))).toBe(
      'slo.yaml:1: document 1: apiVersion: only openslo/v1 documents are read',
    );
    expect(errorOf('# nothing here\n')).toBe('slo.yaml: holds no OpenSLO v1 SLO document');
  });

  it('refuses a document of aliases that would expand without end', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(() => readOpenSlo(laughs.join('\n') + '\n', 'slo.yaml')).toThrow(/alias/i);
  });
});
