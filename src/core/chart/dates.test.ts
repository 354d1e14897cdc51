import { describe, expect, it } from 'vitest';
import { parseDay } from '../data/dates';
import { dateTicks, humanDay } from './dates';

const day = (iso: string) => parseDay(iso)!;
const labels = (first: string, last: string, max: number) => dateTicks(day(first), day(last), max).map((t) => t.label);

describe('date axes', () => {
  it('labels two years of weeks by quarter on a wide chart, the year shown in January and at the first tick', () => {
    expect(labels('2022-02-05', '2024-01-27', 10)).toEqual(['Apr 2022', 'Jul', 'Oct', 'Jan 2023', 'Apr', 'Jul', 'Oct', 'Jan 2024']);
  });

  it('shows fewer, coarser ticks on a narrow chart (a phone), not smaller text', () => {
    expect(labels('2022-02-05', '2024-01-27', 4)).toEqual(['Jul 2022', 'Jan 2023', 'Jul', 'Jan 2024']);
    expect(labels('1989-09-14', '1997-05-01', 5)).toEqual(['1990', '1992', '1994', '1996']);
  });

  it('puts each tick on the first day of its month', () => {
    const ticks = dateTicks(day('2024-01-06'), day('2024-04-20'), 10);
    expect(ticks.map((t) => t.day)).toEqual(['2024-02-01', '2024-03-01', '2024-04-01'].map(day));
  });

  it('writes a day as people do', () => {
    expect(humanDay(day('2024-03-02'))).toBe('2 Mar 2024');
  });
});
