// The Forecast tab: two products trained with the development profile appear with their expected
// sales over 4 / 13 / 52 weeks; sort, search, a selection's weekly total, and both CSV downloads
// carry the same numbers the screen shows.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seedHistory } from './seed-history';
import { LabPage } from './lab-page';

const PRODUCTS = ['tuna-b1', 'tuna-b2'] as const;
/** forecast_weeks of the development profile. */
const FORECAST_WEEKS = 52;

async function trainTwo(page: Page) {
  await page.goto('./?profile=development');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain(...PRODUCTS);
  await page.getByTestId('train').click();
  for (const id of PRODUCTS) await expect(page.getByTestId(`state-${id}`)).toHaveText('done', { timeout: 240_000 });
}

const units = (text: string) => Number(text.replace(/[,*\s]/g, ''));
const oneDecimal = (x: number) => Number(x.toFixed(1));

async function csvOf(page: Page, testId: string): Promise<{ name: string; rows: string[][] }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  // The sample's titles hold no commas, quotes or line breaks, so a plain split reads these files.
  const rows = text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  return { name: download.suggestedFilename(), rows };
}

test('the Forecast tab lists champions, sorts, searches, totals a selection and downloads CSVs that match the screen', async ({ page }) => {
  test.setTimeout(420_000);
  await trainTwo(page);
  await page.getByTestId('tab-catalogue').click();
  const rows = page.getByTestId('catalogue-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('catalogue-notes')).toContainText('champion');

  // Sort by the next 52 weeks, largest first, then the other way; then by title.
  const shown = (column: string) => Promise.all(PRODUCTS.map(async (id) => [id, units(await page.getByTestId(`${column}-${id}`).innerText())] as const));
  const year = await shown('next52');
  for (const [, v] of year) expect(v).toBeGreaterThan(0);
  expect(year[0]![1]).not.toBe(year[1]![1]);
  const order = (desc: boolean) => [...year].sort((a, b) => (desc ? b[1] - a[1] : a[1] - b[1])).map(([id]) => id);
  await page.getByTestId('sort-next52').click();
  await expect(rows.first()).toHaveAttribute('data-product', order(true)[0]!);
  await expect(page.getByRole('columnheader', { name: /Next 52 weeks/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByTestId('sort-next52').click();
  await expect(rows.first()).toHaveAttribute('data-product', order(false)[0]!);
  await page.getByTestId('sort-title').click(); // A to Z: Chicken of the Sea before Star Kist
  await expect(rows.first()).toHaveAttribute('data-product', 'tuna-b2');

  // Search by title, then by id.
  await page.getByTestId('catalogue-search').fill('star kist');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-product', 'tuna-b1');
  await page.getByTestId('catalogue-search').fill('b2');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-product', 'tuna-b2');
  await page.getByTestId('catalogue-search').fill('');
  await expect(rows).toHaveCount(2);

  // Select both: the weekly total appears, with the one line on why it has no interval.
  for (const id of PRODUCTS) await page.getByTestId(`select-${id}`).check();
  await expect(page.getByTestId('selection-totals')).toContainText('Total of 2 selected products');
  await expect(page.getByTestId('total-interval-note')).toContainText('No interval');

  const long = await csvOf(page, 'download-long');
  expect(long.name).toMatch(/^forecast-long-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(long.rows[0]).toEqual(['product_id', 'title', 'week_ending', 'mean', 'lo80', 'hi80', 'lo95', 'hi95']);
  expect(long.rows).toHaveLength(1 + PRODUCTS.length * FORECAST_WEEKS);
  const means = (id: string) => long.rows.filter((r) => r[0] === id).map((r) => ({ week: r[2]!, mean: Number(r[3]) }));
  const sum = (xs: { mean: number }[]) => oneDecimal(xs.reduce((s, x) => s + x.mean, 0));
  const [next4, next13] = [await shown('next4'), await shown('next13')];
  PRODUCTS.forEach((id, i) => {
    const m = means(id);
    expect(m).toHaveLength(FORECAST_WEEKS);
    expect(sum(m.slice(0, 4))).toBeCloseTo(next4[i]![1], 1);
    expect(sum(m.slice(0, 13))).toBeCloseTo(next13[i]![1], 1);
    expect(sum(m)).toBeCloseTo(year[i]![1], 1);
  });
  // The screen's total of the first week is the two products' first-week means added.
  const firstWeek = (await page.getByTestId('total-row').first().locator('td').first().innerText()).trim();
  const weekSum = PRODUCTS.reduce((s, id) => s + (means(id).find((x) => x.week === firstWeek)?.mean ?? 0), 0);
  expect(units(await page.getByTestId('total-mean').first().innerText())).toBeCloseTo(oneDecimal(weekSum), 1);

  const wide = await csvOf(page, 'download-wide');
  expect(wide.name).toMatch(/^forecast-wide-\d{4}-\d{2}-\d{2}\.csv$/);
  const header = wide.rows[0]!;
  expect(header.slice(0, 2)).toEqual(['product_id', 'title']);
  const b1 = means('tuna-b1');
  const b1Row = wide.rows.find((r) => r[0] === 'tuna-b1')!;
  expect(Number(b1Row[header.indexOf(b1[0]!.week)])).toBe(b1[0]!.mean);
  expect(wide.rows).toHaveLength(1 + PRODUCTS.length);
  if (means('tuna-b2')[0]!.week === b1[0]!.week) expect(header).toHaveLength(2 + FORECAST_WEEKS);
});

test('champions stored before forecasts of the weeks ahead existed are marked "train again"', async ({ page }) => {
  test.setTimeout(180_000);
  // Versions registered the way older releases did: without a forecast of the weeks ahead.
  await page.goto('./');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await seedHistory(page, { withoutFutures: true });
  await page.getByTestId('tab-monitoring').click();
  await expect(page.getByTestId('log-count')).toContainText('of 14 decisions', { timeout: 120_000 });
  await page.getByTestId('tab-catalogue').click();
  await expect(page.getByTestId('catalogue-row')).toHaveCount(7);
  await expect(page.getByTestId('missing-tuna-b1')).toContainText('train again');
  await expect(page.getByTestId('note-missing')).toContainText('7 products have no forecast of the weeks ahead');
  // Nothing to export: the CSV has its header only.
  const long = await csvOf(page, 'download-long');
  expect(long.rows).toEqual([['product_id', 'title', 'week_ending', 'mean', 'lo80', 'hi80', 'lo95', 'hi95']]);
  await expect(page.getByTestId('catalogue-status')).toContainText('7 without a forecast of the weeks ahead left out');
});
