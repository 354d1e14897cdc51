import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';

describe('errorText', () => {
  it('adds only the parts of the location the message does not already name', () => {
    const where = { file: 'broken.csv', row: 51, column: 'Title' };
    expect(errorText({ code: 'unclosed-quote', message: 'Row 51 (line 51), column "Title": a quote opens here.', where })).toBe(
      'Row 51 (line 51), column "Title": a quote opens here. — broken.csv',
    );
    expect(errorText({ code: 'x', message: 'Bad.', where })).toBe('Bad. — broken.csv, row 51, column "Title"');
    expect(errorText({ code: 'x', message: '"b.csv" is the same as "a.csv".', where: { file: 'b.csv' } })).toBe('"b.csv" is the same as "a.csv".');
    expect(errorText({ code: 'x', message: 'Bad.' })).toBe('Bad.');
  });

  it('names a product once: not again after a message that already names it', () => {
    expect(errorText({ code: 'fit-failed', message: 'The model did not converge.', where: { product: 'tuna-b1' } })).toBe(
      'The model did not converge. — product tuna-b1',
    );
    expect(
      errorText({ code: 'forecast-failed', message: 'The imported model for tuna-b1 could not forecast.', where: { file: 'm.json', product: 'tuna-b1' } }),
    ).toBe('The imported model for tuna-b1 could not forecast. — m.json');
  });
});
