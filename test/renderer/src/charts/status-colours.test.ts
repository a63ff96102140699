import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../../../renderer/src/charts/status-colours';
import { PALETTE } from '../../../../renderer/report/palette';
import { deltaE, type Vision } from './colour-vision';

/**
 * ΔE76 of 30 is a difference seen at a glance on a thin bar (2.3 is the just-noticeable one); the three statuses
 * must stay that far apart for readers with the two common red-green deficiencies (issue 16 finding 4). The
 * Okabe-Ito pairs measure 40 and more; the old green/red pair fell to 24 (deuteranopia) and 12 (protanopia).
 */
const MIN_DELTA_E = 30;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia'];

describe('status colours a colour-blind reader tells apart (issue 16 finding 4)', () => {
  it('the simulation is strict enough to fail the old red/green print palette', () => {
    // the PDF's met #3a7d5c and missed #b4443c before: far apart in normal vision, close without red-green
    expect(deltaE('#3a7d5c', '#b4443c', 'normal')).toBeGreaterThan(MIN_DELTA_E);
    expect(deltaE('#3a7d5c', '#b4443c', 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
    expect(deltaE('#3a7d5c', '#b4443c', 'protanopia')).toBeLessThan(MIN_DELTA_E);
  });

  for (const [theme, c] of Object.entries(STATUS_COLOURS)) {
    for (const vision of VISIONS) {
      it(`${theme}: met, missed and no data stay apart in ${vision}`, () => {
        const pairs: [string, string, string][] = [
          ['met/missed', c.met, c.missed],
          ['met/no data', c.met, c.noData],
          ['missed/no data', c.missed, c.noData],
        ];
        for (const [name, a, b] of pairs) expect(deltaE(a, b, vision), name).toBeGreaterThanOrEqual(MIN_DELTA_E);
      });
    }
  }

  it('the PDF draws with the same status colours as the dashboard', () => {
    expect([PALETTE.met, PALETTE.missed, PALETTE.noData]).toEqual([
      STATUS_COLOURS.print.met,
      STATUS_COLOURS.print.missed,
      STATUS_COLOURS.print.noData,
    ]);
  });
});
