import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS } from '../../core/config';
import { boundsText, enteredValue, inputText } from './settings-form';

describe('settings form inputs', () => {
  it('turns an empty number input into none only where none is allowed', () => {
    expect(enteredValue(CONFIG_FIELDS.study_retention_days, '')).toBeNull();
    expect(enteredValue(CONFIG_FIELDS.n_trials, '')).toBe('');
    expect(enteredValue(CONFIG_FIELDS.n_trials, '40')).toBe(40);
    expect(enteredValue(CONFIG_FIELDS.study_retention_days, '1e-9')).toBe(1e-9);
    expect(inputText(CONFIG_FIELDS.max_model_age_days, null)).toBe('');
  });

  it('reads a checkbox, a choice and a JSON object', () => {
    expect(enteredValue(CONFIG_FIELDS.force_retrain, 'false')).toBe(false);
    expect(enteredValue(CONFIG_FIELDS.sampler, 'random')).toBe('random');
    expect(enteredValue(CONFIG_FIELDS.search_space, '{"q":{"low":0,"high":2}}')).toEqual({ q: { low: 0, high: 2 } });
    expect(inputText(CONFIG_FIELDS.search_space, { s: 52 })).toBe('{"s":52}');
  });

  it('states the bounds and what empty means', () => {
    expect(boundsText(CONFIG_FIELDS.fit_time_limit_s)).toBe('Whole number from 1 to 86,400 s.');
    expect(boundsText(CONFIG_FIELDS.study_retention_days)).toBe('Number from 1 to 36,500 days. Empty: keep every study.');
    expect(boundsText(CONFIG_FIELDS.sampler)).toBe('');
  });
});
