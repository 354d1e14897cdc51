import { describe, expect, it } from 'vitest';
import { bookScanCsv, panelRows } from '../../test/bookscan';
import { excerpt } from '../../test/shared-data';
import { parseDay } from './dates';
import { readHead } from './file-head';
import { combineTables } from './import-types';
import { DEFAULT_PREPARE, prepareSeries } from './prepare';
import { DEFAULT_QUALITY, qualityReport, robustOutliers } from './quality';
import { canonicalSeries } from './series-digest';
import { DEFAULT_SPLIT, splitSeries } from './split';
import { minimumWeeks, windowsOfSplit } from './windows';
import { studySplit } from '../search/objective';
import { readTable } from './table-reader';

const TODAY = parseDay('2026-11-27')!;
function load(text: string, name: string) {
  const head = readHead(text, true);
  if (!head.ok) throw new Error(head.error.message);
  const t = readTable(text, name, head.value.mapping, head.value.delimiter, TODAY);
  if (!t.ok) throw new Error(t.error.message);
  return t.value;
}
const tuna = () => load(excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2', 'tuna-b3'], 1), 'tuna.csv');

describe('prepare, quality and split on the tuna panel', () => {
  it('zero-fills the 60 missing Wednesdays and reports them', () => {
    const p = prepareSeries(tuna(), DEFAULT_PREPARE);
    expect(p.weekEndingDay).toBe(3);
    const b1 = p.products.find((x) => x.id === 'tuna-b1')!;
    expect([b1.start, b1.values.length, b1.filledWeeks]).toEqual(['1989-09-20', 398, 60]);
    const q = qualityReport(tuna(), p, DEFAULT_QUALITY);
    expect(q.filledWeeks).toBe(180);
    expect(q.perProduct[0]!.longEnoughForSeasonality).toBe(true);
    expect(q.offWeekdayRows).toBe(0);
  });

  it('leaves missing weeks as NaN gaps when asked', () => {
    const b1 = prepareSeries(tuna(), { ...DEFAULT_PREPARE, fill: 'gap' }).products.find((x) => x.id === 'tuna-b1')!;
    expect(b1.values.filter(Number.isNaN)).toHaveLength(60);
    expect(canonicalSeries(b1)).toContain(',NA,');
  });

  it('filters by date range, still-selling date, search, pick and top-N', () => {
    const t = tuna();
    const from = prepareSeries(t, { ...DEFAULT_PREPARE, from: '1995-01-01' });
    expect(from.products.every((p) => p.start >= '1995-01-01')).toBe(true);
    expect(prepareSeries(t, { ...DEFAULT_PREPARE, stillSellingAfter: '2030-01-01' }).products).toHaveLength(0);
    expect(prepareSeries(t, { ...DEFAULT_PREPARE, search: 'STAR KIST' }).products.map((p) => p.id)).toEqual(['tuna-b1']);
    expect(prepareSeries(t, { ...DEFAULT_PREPARE, pick: ['tuna-b3'] }).products.map((p) => p.id)).toEqual(['tuna-b3']);
    const all = prepareSeries(t, DEFAULT_PREPARE).products;
    expect(prepareSeries(t, { ...DEFAULT_PREPARE, topN: 2 }).products.map((p) => p.id)).toEqual(all.slice(0, 2).map((p) => p.id));
  });

  it('splits 32 test weeks and three 32-week origins 16 weeks apart off the end, and reports, not drops, a too-short series', async () => {
    const products = prepareSeries(tuna(), DEFAULT_PREPARE).products;
    const short = { ...products[0]!, id: 'short', values: products[0]!.values.slice(0, 40) };
    const splits = await splitSeries([products[0]!, short], { test: 32, validation: 32 });
    // Validation covers the three origins' forecast weeks: 366 − 32 − 2 × 16.
    expect(splits[0]).toMatchObject({ weeks: 398, trainEnd: 302, validationEnd: 366, tooShort: false });
    expect(splits[1]).toMatchObject({ weeks: 40, trainEnd: 0, validationEnd: 8, tooShort: true });
    expect(splits[0]!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(splits[0]!.digest).not.toBe(splits[1]!.digest);
  });
});

describe('a generic long table with Excel serial dates (issue 15)', () => {
  it('passes the head check and imports the same weekly series as its ISO dates', () => {
    expect(readHead('sku,date,units\nA,45123,3', true)).toMatchObject({
      ok: true,
      value: { kind: 'table', mapping: { id: 'sku', date: 'date', volume: 'units' } },
    });
    const iso = excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2'], 1);
    const serial = iso.replace(/,(\d{4}-\d{2}-\d{2}),/g, (_, d: string) => `,${parseDay(d)! + 25569},`);
    expect(serial).not.toContain('1989-09-20');
    const p = prepareSeries(load(serial, 'tuna.csv'), DEFAULT_PREPARE);
    expect(p.products.map((x) => [x.id, x.start, x.values.length]).sort()).toEqual([
      ['tuna-b1', '1989-09-20', 398],
      ['tuna-b2', '1989-09-20', 398],
    ]);
    expect(p.products).toEqual(prepareSeries(load(iso, 'tuna.csv'), DEFAULT_PREPARE).products);
  });
});

describe('quality, split and training agree on which products can be trained', () => {
  for (const split of [DEFAULT_SPLIT, { test: 13, validation: 26, folds: 2 }]) {
    it(`long enough for the holdout ⇔ not too short in the split ⇔ studySplit fits (test ${split.test}, validation ${split.validation})`, async () => {
      const t = tuna();
      const p = prepareSeries(t, DEFAULT_PREPARE);
      const windows = windowsOfSplit(split);
      const need = minimumWeeks(windows);
      const b1 = p.products[0]!;
      const lengths = [40, need - 1, need, need + 50, 52 * 2 + need - 53, 52 * 2 + need - 52, b1.values.length];
      const products = lengths.map((n, i) => ({ ...b1, id: `cut-${i}`, values: b1.values.slice(0, n), digest: undefined }));
      const q = qualityReport(t, { ...p, products }, { ...split, season: 52 });
      const splits = await splitSeries(products, split);
      for (const [i, n] of lengths.entries()) {
        const trainable = studySplit(products[i]!.values, windows).ok;
        expect(q.perProduct[i]!.longEnoughForHoldout, `${n} weeks`).toBe(trainable);
        expect(splits[i]!.tooShort, `${n} weeks`).toBe(!trainable);
        // Two seasons of training before the earliest origin rather than one year.
        expect(q.perProduct[i]!.longEnoughForSeasonality, `${n} weeks`).toBe(n >= need + 52);
      }
      expect(q.tooShortForHoldout).toBe(2);
    });
  }

  it('a product with weeks to spare past test + validation but under a year of training is too short', () => {
    const t = tuna();
    const p = prepareSeries(t, DEFAULT_PREPARE);
    // 100 weeks: 32 + 32 leave 36 training weeks (enough under the old rule), under the 52 training needs.
    const q = qualityReport(t, { ...p, products: [{ ...p.products[0]!, values: p.products[0]!.values.slice(0, 100) }] }, DEFAULT_QUALITY);
    expect(q.perProduct[0]!.longEnoughForHoldout).toBe(false);
    expect(q.tooShortForHoldout).toBe(1);
  });
});

describe('mixed weekdays, duplicates, negatives and several files', () => {
  it('moves off-weekday rows to their week end, sums duplicates and flags negative weeks', () => {
    const rows = panelRows('data/uci-sales-weekly/long.csv', ['P1'], 6);
    const text = bookScanCsv([...rows, { ...rows[1]!, date: '2000-01-05', volume: '-3' }, { ...rows[2]!, volume: '-40' }], 'F');
    const t = load(text, 'f.csv');
    const p = prepareSeries(t, DEFAULT_PREPARE);
    const q = qualityReport(t, p, DEFAULT_QUALITY);
    expect(p.weekEndingDay).toBe(6);
    expect(q.offWeekdayRows).toBe(1);
    expect(q.duplicateWeeks).toBe(2);
    const real = rows.map((r) => Number(r.volume));
    expect(p.products[0]!.values).toEqual([real[0], real[1]! - 3, real[2]! - 40, real[3], real[4], real[5]]);
    expect(q.negativeWeeks).toBe(real[2]! - 40 < 0 ? 1 : 0);
  });

  it('combines two category files, keeping each product’s category', () => {
    const f = load(bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2'], 10), 'F - Adult Fiction'), 'f.csv');
    const y = load(bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P9'], 10), 'Y Children').replaceAll('9780000000002', '9780000000101'), 'y.csv');
    const all = combineTables([f, y]);
    expect(all.products.map((p) => [p.id, p.category])).toEqual([
      ['9780000000002', 'F - Adult Fiction'],
      ['9780000000019', 'F - Adult Fiction'],
      ['9780000000101', 'Y Children'],
    ]);
    expect(all.rowsRead).toBe(30);
  });

  it('finds a robust outlier only where one is', () => {
    expect(robustOutliers([10, 11, 9, 10, 12, 10, 95, 11])).toEqual([6]);
    expect(robustOutliers([5, 5, 5, 5])).toEqual([]);
  });
});

describe('what removed the products a filter removed', () => {
  it("names the original preset's filters on 1990s data and the last sale in the data", () => {
    const p = prepareSeries(tuna(), { ...DEFAULT_PREPARE, from: '2012-01-01', stillSellingAfter: '2024-07-01' });
    expect(p.products).toHaveLength(0);
    expect(p.removedBy).toEqual([{ filter: 'stillSellingAfter', removed: 3 }]);
    expect(p.dataDays).toEqual({ first: '1989-09-20', last: '1997-04-30' });
    const q = qualityReport(tuna(), p, DEFAULT_QUALITY);
    expect(q.removedBy).toEqual([{ filter: 'stillSellingAfter', removed: 3 }]);
    expect(q.dataDays?.last).toBe('1997-04-30');
  });

  it('counts each removed product once, under the first filter that removed it', () => {
    const p = prepareSeries(tuna(), { ...DEFAULT_PREPARE, from: '2012-01-01', search: 'b1', topN: 1 });
    expect(p.removedBy).toEqual([
      { filter: 'search', removed: 2 },
      { filter: 'dateRange', removed: 1 },
    ]);
    const top = prepareSeries(tuna(), { ...DEFAULT_PREPARE, topN: 1 });
    expect(top.removedBy).toEqual([{ filter: 'topN', removed: 2 }]);
  });
});
