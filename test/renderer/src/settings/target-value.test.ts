import { describe, expect, it } from 'vitest';
import { toNines } from '../../../../renderer/src/charts/nines-scale';
import {
  niceTargetFromNines,
  parseTargetPercent,
  SLIDER_MAX_NINES,
  SLIDER_MIN_NINES,
  TARGET_PRESETS,
} from '../../../../renderer/src/settings/target-value';

/** Every position of the target slider (TargetControl: step 0.01 between the bounds), in nines. */
const SLIDER_POSITIONS = Array.from(
  { length: Math.round((SLIDER_MAX_NINES - SLIDER_MIN_NINES) / 0.01) + 1 },
  (_, i) => SLIDER_MIN_NINES + i * 0.01,
);

/** Significant figures of a positive number as it is written (0.00063 -> 2). */
const significantFigures = (x: number) =>
  String(x)
    .replace(/^0\.0*|\./g, '')
    .replace(/e.*$/, '').length;

describe('the target slider', () => {
  it('gives the targets people write at whole and half nines', () => {
    // 10^-2 = 0.01 -> 99 %; 10^-3.2 = 0.000631 -> 0.00063 (two figures) -> 99.937 %, the doc's own example
    expect(niceTargetFromNines(2)).toBe(0.99);
    expect(niceTargetFromNines(3)).toBe(0.999);
    expect(niceTargetFromNines(3.2)).toBe(0.99937);
    // 10^-5.5 = 3.16e-6 -> 3.2e-6 -> 99.99968 %
    expect(niceTargetFromNines(SLIDER_MAX_NINES)).toBe(0.9999968);
  });

  it('lands on each preset when placed where the preset draws it', () => {
    for (const preset of TARGET_PRESETS) expect(niceTargetFromNines(toNines(preset))).toBe(preset);
  });

  it('never shows a long fraction: the allowed downtime has at most two significant figures', () => {
    for (const nines of SLIDER_POSITIONS) {
      const downShare = Number((1 - niceTargetFromNines(nines)).toFixed(12));
      expect(significantFigures(downShare), `slider at ${nines}`).toBeLessThanOrEqual(2);
    }
  });

  it('never lowers the target as it moves right', () => {
    const targets = SLIDER_POSITIONS.map(niceTargetFromNines);
    for (let i = 1; i < targets.length; i++) expect(targets[i]).toBeGreaterThanOrEqual(targets[i - 1]!);
  });
});

describe('a typed target', () => {
  it('is read as a percentage, with a point or a comma, with or without the % sign', () => {
    expect(parseTargetPercent('99.95')).toBe(0.9995);
    expect(parseTargetPercent('99,95')).toBe(0.9995);
    expect(parseTargetPercent('99.95 %')).toBe(0.9995);
    expect(parseTargetPercent('99.95%')).toBe(0.9995);
    expect(parseTargetPercent('  99.9 ')).toBe(0.999);
    expect(parseTargetPercent('100')).toBe(1);
    // 0.5 is half a percent, not a fraction of one
    expect(parseTargetPercent('0.5')).toBe(0.005);
  });

  it('comes back as exactly the fraction typed, without binary noise', () => {
    // 99.99 / 100 is 0.9998999999999999 in doubles
    expect(parseTargetPercent('99.99')).toBe(0.9999);
    expect(parseTargetPercent('99.999')).toBe(0.99999);
  });

  it('is refused (null) outside (0, 100] or when it is not a number', () => {
    for (const text of ['0', '101', '1000', '-99', 'abc', '', '99.', '99.9.9', '9 9', '99 percent']) {
      expect(parseTargetPercent(text), text).toBeNull();
    }
  });
});
