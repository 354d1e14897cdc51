import { describe, expect, it } from 'vitest';
import { championReasonInWords } from './champion-words';

describe('championReasonInWords', () => {
  it.each([
    ['no_champion', 'There was no champion yet, so this version became the first champion.'],
    ['champion_cannot_forecast_window', 'The champion cannot forecast the challenger’s test weeks, so the challenger became champion.'],
    [
      'champion_not_comparable',
      'The champion and the challenger were not measured on the same weeks, so the challenger has not shown it is better; the champion stays.',
    ],
    ['challenger_better_by_4.8%', 'The challenger was 4.8% better than the champion on the same weeks; it became champion.'],
    ['challenger_not_better_by_margin_-16.0%', 'The challenger was 16.0% worse than the champion on the same weeks; the champion stays.'],
    [
      'challenger_not_better_by_margin_2.0%',
      'The challenger was only 2.0% better than the champion on the same weeks, less than the margin a new champion needs; the champion stays.',
    ],
    ['challenger_not_better_by_margin_0.0%', 'The challenger was no better than the champion on the same weeks; the champion stays.'],
    ['challenger_not_better_by_margin_-0.0%', 'The challenger was no better than the champion on the same weeks; the champion stays.'],
    ['rollback_to_version_2', 'Version 2 was made champion again by hand (a rollback).'],
  ])('%s → a sentence', (code, words) => {
    expect(championReasonInWords(code)).toBe(words);
  });

  it('leaves a code it does not know as it is, rather than guessing', () => {
    expect(championReasonInWords('some_future_reason')).toBe('some_future_reason');
  });
});
