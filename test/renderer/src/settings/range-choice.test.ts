import { describe, expect, it } from 'vitest';
import {
  dayInputValue,
  rangeChoiceOf,
  rangeForChoice,
  shownRange,
  withCustomDay,
} from '../../../../renderer/src/settings/range-choice';

describe('the report-range picker (issue 16)', () => {
  it('reads which choice a saved range is', () => {
    expect(rangeChoiceOf({ from: null, to: null })).toBe('data');
    expect(rangeChoiceOf({ from: null, to: null, preset: 'ytd' })).toBe('ytd');
    // a preset the engine resolved keeps its name beside the days it meant
    expect(rangeChoiceOf({ from: '2026-11', to: '2026-11', preset: 'last-month' })).toBe('last-month');
    expect(rangeChoiceOf({ from: '2024-03-10', to: null })).toBe('custom');
  });

  it('shows a month side as its first or last day, February of a leap year included', () => {
    expect(dayInputValue('2024-02', false)).toBe('2024-02-01');
    expect(dayInputValue('2024-02', true)).toBe('2024-02-29');
    expect(dayInputValue('2023-02', true)).toBe('2023-02-28');
    expect(dayInputValue('2024-05-10', true)).toBe('2024-05-10');
    expect(dayInputValue(null, true)).toBe('');
  });

  it('sets a preset without days, and custom days from what the report shows', () => {
    expect(rangeForChoice('last-quarter', { from: '2024-01', to: '2024-12' })).toEqual({
      from: null,
      to: null,
      preset: 'last-quarter',
    });
    expect(rangeForChoice('data', { from: '2024-01', to: '2024-12' })).toEqual({ from: null, to: null });
    // the report showed January to December 2024: custom starts on the same days, so no figure moves
    expect(rangeForChoice('custom', { from: '2024-01', to: '2024-12' })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });

  it('refuses a custom day that would put "from" after "to"', () => {
    const range = { from: '2024-03-01', to: '2024-03-31' };
    expect(withCustomDay(range, 'from', '2024-04-02')).toBe('backwards');
    expect(withCustomDay(range, 'to', '2024-03-15')).toEqual({ from: '2024-03-01', to: '2024-03-15' });
    // a cleared side goes back to the data's own edge
    expect(withCustomDay(range, 'from', '')).toEqual({ from: null, to: '2024-03-31' });
  });

  it('starts custom days from what the report shows: the days of a preset, else the months of the data', () => {
    const settings = { range: { from: '2026-11', to: '2026-11', preset: 'last-month' as const } };
    expect(shownRange({ settings, monthKeys: ['2026-11'] } as never)).toEqual({ from: '2026-11', to: '2026-11' });
    const auto = { settings: { range: { from: null, to: null } }, monthKeys: ['2021-01', '2021-02', '2022-12'] };
    expect(shownRange(auto as never)).toEqual({ from: '2021-01', to: '2022-12' });
    expect(shownRange(null)).toEqual({ from: null, to: null });
  });
});
