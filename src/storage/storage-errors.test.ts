// Exceptions turned into words: a full disk is named with what to do; none ends in an empty reason.
import { describe, expect, it } from 'vitest';
import { describeThrown, isQuotaError } from './storage-errors';

describe('describeThrown', () => {
  it('names a full storage, whatever the browser put in the message', () => {
    const quota = new DOMException('', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(describeThrown(quota)).toMatch(/^The browser's storage for this site is full: nothing from this step was kept\./);
    expect(describeThrown({ name: 'AbortError', message: 'Transaction aborted: QuotaExceededError: The quota has been exceeded.' })).toMatch(
      /^The browser's storage for this site is full: Transaction aborted/,
    );
  });

  it('never gives an empty reason', () => {
    expect(describeThrown(new Error(''))).toBe('the browser gave no reason');
    expect(describeThrown(new DOMException('', 'UnknownError'))).toBe('UnknownError (the browser gave no reason)');
    expect(describeThrown(undefined)).toBe('the browser gave no reason');
    expect(describeThrown(new Error('disk I/O failed'))).toBe('disk I/O failed');
  });
});
