import { describe, expect, it } from 'vitest';
import type { FutureForecast } from '../../core/registry/registry-types';
import { forecastLabels, forecastWeekday, lookupWeek, snapToWeekEnding, staleness } from './product-forecast';

// Week endings on Wednesdays, as the sample's (1997-05-07 is a Wednesday).
const future: FutureForecast = {
  origin: '1997-04-30',
  table: {
    weekEnding: ['1997-05-07', '1997-05-14', '1997-05-21'],
    mean: [10, 11, 12],
    lower80: [5, 6, 7],
    upper80: [15, 16, 17],
    lower95: [0, 1, 2],
    upper95: [20, 21, 22],
  },
  truncatedAtZero: true,
  fittedWeeks: { start: '1995-01-04', end: '1997-04-30', weeks: 122 },
  fitted: null,
  createdAt: '2024-01-01T00:00:00.000Z',
};

describe('snapping a picked date to the forecast week that contains it', () => {
  it('keeps a week ending and moves any other day to the end of its week', () => {
    expect(forecastWeekday(future)).toBe(3);
    expect(snapToWeekEnding('1997-05-14', 3)).toBe('1997-05-14');
    expect(snapToWeekEnding('1997-05-08', 3)).toBe('1997-05-14');
    expect(snapToWeekEnding('1997-05-13', 3)).toBe('1997-05-14');
    expect(snapToWeekEnding('not a date', 3)).toBeUndefined();
  });
});

describe('the expected sales of a picked week', () => {
  it('returns the table row of a week ending, unsnapped', () => {
    expect(lookupWeek(future, '1997-05-14')).toEqual({
      kind: 'in',
      weekEnding: '1997-05-14',
      snapped: false,
      index: 1,
      mean: 11,
      lower80: 6,
      upper80: 16,
      lower95: 1,
      upper95: 21,
    });
  });

  it('returns the row of the week containing another day, and says it snapped', () => {
    const r = lookupWeek(future, '1997-05-16');
    expect(r).toMatchObject({ kind: 'in', weekEnding: '1997-05-21', snapped: true, mean: 12 });
  });

  it('points before the first forecast week back to the history', () => {
    expect(lookupWeek(future, '1997-04-30')).toEqual({ kind: 'before', weekEnding: '1997-04-30', first: '1997-05-07', origin: '1997-04-30' });
    // The day after the origin is already in the first forecast week.
    expect(lookupWeek(future, '1997-05-01')).toMatchObject({ kind: 'in', weekEnding: '1997-05-07' });
  });

  it('says how far the forecast goes after its last week', () => {
    expect(lookupWeek(future, '1997-05-22')).toEqual({ kind: 'after', weekEnding: '1997-05-28', last: '1997-05-21', weeks: 3 });
  });

  it('reports an empty or unreadable date as invalid', () => {
    expect(lookupWeek(future, '')).toEqual({ kind: 'invalid', date: '' });
  });
});

describe('a forecast older than the data', () => {
  it('is current when the data ends at its origin', () => {
    expect(staleness(future, { start: '1997-04-16', values: [1, 2, 3] })).toBeNull();
  });

  it('counts the weeks appended since', () => {
    expect(staleness(future, { start: '1997-04-16', values: [1, 2, 3, 4, 5] })).toEqual({ dataEnd: '1997-05-14', newWeeks: 2 });
  });
});

describe('the forecast and backtest labels', () => {
  it('name both with their dates', () => {
    const l = forecastLabels(future, { start: '1996-09-25', end: '1997-04-30', weeks: 32, rmse: 3.456 });
    expect(l.forecast).toBe('Forecast: 3 weeks from 1997-05-07');
    expect(l.backtest).toBe('Backtest: 32 held-out weeks 1996-09-25 – 1997-04-30 (test RMSE 3.46)');
    expect(forecastLabels(null, null)).toEqual({ forecast: null, backtest: null });
  });
});
