import { describe, expect, it } from 'vitest';
import { firstMinuteStep } from './home.svelte';

describe('the first minute', () => {
  it('asks an empty lab to load data, a lab with data to train, and shows a lab with champions its overview', () => {
    expect(firstMinuteStep(false, 0)).toBe('load');
    expect(firstMinuteStep(true, 0)).toBe('train');
    expect(firstMinuteStep(false, 3)).toBe('overview');
    expect(firstMinuteStep(true, 3)).toBe('overview');
  });
});
