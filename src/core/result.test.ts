import { describe, expect, it } from 'vitest';
import { describeError } from './result';

describe('describeError', () => {
  it('adds only the parts of the location the message does not already name', () => {
    const where = { file: 'broken.csv', row: 51, column: 'Title' };
    expect(describeError({ code: 'unclosed-quote', message: 'Row 51 (line 51), column "Title": a quote opens here.', where })).toBe('Row 51 (line 51), column "Title": a quote opens here. — broken.csv');
    expect(describeError({ code: 'x', message: 'Bad.', where })).toBe('Bad. — broken.csv, row 51, column "Title"');
    expect(describeError({ code: 'x', message: '"b.csv" is the same as "a.csv".', where: { file: 'b.csv' } })).toBe('"b.csv" is the same as "a.csv".');
    expect(describeError({ code: 'x', message: 'Bad.' })).toBe('Bad.');
  });
});
