import { describe, expect, it } from 'vitest';
import { fromNines, NINES_CAP, ninesBounds, percentBounds, toNines } from '../../../../renderer/src/charts/nines-scale';

/** The availability chart's nines axis for these months and targets, as AvailabilityChart asks for it. */
const axisFor = (availabilities: number[]) => ninesBounds(availabilities.map(toNines));

describe('the nines scale', () => {
  it('puts each extra nine one step further up', () => {
    // -log10(1 - a): 99 % -> 2, 99.9 % -> 3, 99.99 % -> 4
    expect(toNines(0.99)).toBeCloseTo(2, 12);
    expect(toNines(0.999)).toBeCloseTo(3, 12);
    expect(toNines(0.9999)).toBeCloseTo(4, 12);
  });

  it('draws a month without downtime at the cap, and nothing below 0 % or above it', () => {
    expect(toNines(1)).toBe(NINES_CAP);
    // seven nines is above the cap of six
    expect(toNines(0.9999999)).toBe(NINES_CAP);
    expect(toNines(0)).toBe(0);
    expect(toNines(-0.5)).toBe(0);
  });

  it('labels a tick with the availability it stands for', () => {
    for (const a of [0.9, 0.99, 0.995, 0.9995, 0.99999]) expect(fromNines(toNines(a))).toBeCloseTo(a, 12);
  });
});

describe('the nines axis bounds', () => {
  it('hold every month and the target on whole nines, with room above the best month', () => {
    // 99.95 % is 3.30 nines: up to ceil(3.30 + 0.25) = 4; 99.5 % is 2.301 nines, far enough above 2 to start there
    expect(axisFor([0.995, 0.9995, 0.999])).toEqual({ min: 2, max: 4 });
  });

  it('start a nine lower when the worst month sits just above a whole nine, so its bar is not a sliver', () => {
    // 99.07 % is 2.03 nines: from 2 its bar would be 0.03 high; from 1 it is 1.03
    expect(axisFor([0.9907, 0.9995, 0.999])).toEqual({ min: 1, max: 4 });
  });

  it('are not stretched by months without downtime: they are drawn at the top', () => {
    // the 99.9 % target alone decides: 3 nines, on a whole nine, so from 2; up to ceil(3.25) = 4
    expect(axisFor([1, 1, 0.999])).toEqual({ min: 2, max: 4 });
  });

  it('never pass the cap, and show one to five nines when nothing has a finite value', () => {
    // 99.999 % is 5 nines: ceil(5.25) = 6, the cap; 99.99 % sits on 4, so from 3
    expect(axisFor([0.99999, 0.9999])).toEqual({ min: 3, max: NINES_CAP });
    expect(axisFor([1, 1])).toEqual({ min: 1, max: 5 });
    expect(ninesBounds([])).toEqual({ min: 1, max: 5 });
  });
});

describe('the percent axis bounds', () => {
  it('run from a round floor a little under the worst month up to 100 %', () => {
    // 99.93 %: 0.07 % down, less a tenth of that is 99.923 %: the round floor under it is 99.9 %
    expect(percentBounds([0.9993, 0.9999])).toEqual({ min: 0.999, max: 1 });
    // 97 %: 96.7 % after the margin, floor 95 %
    expect(percentBounds([0.97, 0.999])).toEqual({ min: 0.95, max: 1 });
    // 40 %: no floor above it but 0
    expect(percentBounds([0.4])).toEqual({ min: 0, max: 1 });
  });

  it('show 99 % to 100 % when there is nothing to draw', () => {
    expect(percentBounds([])).toEqual({ min: 0.99, max: 1 });
    expect(percentBounds([Number.NaN])).toEqual({ min: 0.99, max: 1 });
  });
});
