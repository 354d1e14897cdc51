import { describe, expect, it } from 'vitest';
import { futureFixture as future } from '../../test/future-forecast';
import { catalogueCsvFileName, longCsv, numberCell, textCell, wideCsv } from './catalogue-csv';

describe('textCell', () => {
  it('escapes text a spreadsheet would run as a formula with a leading single quote', () => {
    expect(textCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(textCell('+1')).toBe("'+1");
    expect(textCell('@x')).toBe("'@x");
    expect(textCell('-x')).toBe("'-x");
    expect(textCell('\tx')).toBe("'\tx");
    expect(textCell('\rx')).toBe(`"'\rx"`);
  });
  it('quotes commas, quotes and line breaks per RFC 4180 and leaves plain text alone', () => {
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('two\nlines')).toBe('"two\nlines"');
    expect(textCell('Plain title 2')).toBe('Plain title 2');
  });
});

describe('numberCell', () => {
  it('writes numbers as numbers: a negative number is not escaped', () => {
    expect(numberCell(-3.5)).toBe('-3.5');
    expect(numberCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberCell(Number.NaN)).toBe('');
  });
});

const items = [
  { productId: 'p1', title: '=HYPERLINK("http://evil","click")', future: future('2024-01-06', [5, -2.5]) },
  { productId: '-x', title: 'Cats, dogs\nand "more"', future: future('2024-01-13', [7, 8]) },
];

describe('longCsv', () => {
  it('writes one row per product-week with the mean and both intervals, CRLF line ends', () => {
    const csv = longCsv(items);
    expect(csv.split('\r\n')).toEqual([
      'product_id,title,week_ending,mean,lo80,hi80,lo95,hi95',
      `p1,"'=HYPERLINK(""http://evil"",""click"")",2024-01-06,5,-5,15,-15,25`,
      `p1,"'=HYPERLINK(""http://evil"",""click"")",2024-01-13,-2.5,-12.5,7.5,-22.5,17.5`,
      `'-x,"Cats, dogs\nand ""more""",2024-01-13,7,-3,17,-13,27`,
      `'-x,"Cats, dogs\nand ""more""",2024-01-20,8,-2,18,-12,28`,
      '',
    ]);
  });
});

describe('wideCsv', () => {
  it('writes one row per product, a column of means per week any product covers, empty where it does not', () => {
    expect(wideCsv(items).split('\r\n')).toEqual([
      'product_id,title,2024-01-06,2024-01-13,2024-01-20',
      `p1,"'=HYPERLINK(""http://evil"",""click"")",5,-2.5,`,
      `'-x,"Cats, dogs\nand ""more""",,7,8`,
      '',
    ]);
  });
  it('has only a header for nothing to export', () => {
    expect(wideCsv([])).toBe('product_id,title\r\n');
    expect(longCsv([])).toBe('product_id,title,week_ending,mean,lo80,hi80,lo95,hi95\r\n');
  });
});

describe('catalogueCsvFileName', () => {
  it('names the local date', () => {
    expect(catalogueCsvFileName('long', new Date(2025, 2, 7, 23, 30))).toBe('forecast-long-2025-03-07.csv');
    expect(catalogueCsvFileName('wide', new Date(2025, 11, 31, 0, 5))).toBe('forecast-wide-2025-12-31.csv');
  });
});
