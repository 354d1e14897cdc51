import { describe, expect, it } from 'vitest';
import { formatDay, parseDay, weekdayOf, weekEndingOnOrAfter } from './dates';

describe('dates', () => {
  it('round-trips ISO dates and knows their weekday', () => {
    const day = parseDay('2024-07-20')!;
    expect(formatDay(day)).toBe('2024-07-20');
    expect(weekdayOf(day)).toBe(6); // BookScan's last week ended on a Saturday
  });

  it('reads day-first slashed dates and ISO timestamps', () => {
    expect(formatDay(parseDay('20/07/2024')!)).toBe('2024-07-20');
    expect(formatDay(parseDay('2024-07-20T00:00:00Z')!)).toBe('2024-07-20');
  });

  it('refuses dates that do not exist', () => {
    expect(parseDay('2024-02-30')).toBeUndefined();
    expect(parseDay('yesterday')).toBeUndefined();
  });

  it('assigns a day to the week ending on or after it', () => {
    const wed = parseDay('2024-07-17')!;
    expect(formatDay(weekEndingOnOrAfter(wed, 6))).toBe('2024-07-20');
    expect(formatDay(weekEndingOnOrAfter(parseDay('2024-07-20')!, 6))).toBe('2024-07-20');
  });
});
