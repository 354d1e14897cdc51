// New weeks move the forecast: a product trained on one file, then the same file with one more real
// week trained under a profile that keeps the model — the champion is refitted (no new search), the
// Product page's forecast moves one week, and the decision log says "refit".
import { expect, test, type Page } from '@playwright/test';
import { bookScanCsv, isbnFor, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const WALMART = 'data/walmart-weekly/long.csv';
const rows = panelRows(WALMART, ['walmart-store-01']);
const id = isbnFor(0);
const withoutLast = bookScanCsv(rows.slice(0, -1), 'Walmart');
const full = bookScanCsv(rows, 'Walmart');

async function importAndTrain(page: Page, query: string, name: string, content: string, state: string) {
  await page.goto(`./${query}`);
  await new LabPage(page).dropContents([{ name, content }]);
  await expect(page.getByTestId('q-products')).toContainText('1 product', { timeout: 60_000 });
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain(id);
  await page.getByTestId('train').click();
  await expect(page.getByTestId(`state-${id}`)).toHaveText(state, { timeout: 120_000 });
}

test('one more week refits the champion without a new search, and the decision log says refit', async ({ page }) => {
  test.setTimeout(300_000);
  await importAndTrain(page, '?profile=development', 'store-1.csv', withoutLast, 'done');
  await page.getByTestId(`progress-${id}`).getByRole('button').click();
  const trials = await page.getByTestId('trial-row').count();
  expect(trials).toBeGreaterThan(0);
  const firstWeek = async () => {
    await new LabPage(page).showProduct(id);
    return (await page.getByTestId('future-row').first().locator('td, th').first().textContent())!.trim();
  };
  const before = await firstWeek();

  // The testing profile keeps a valid model; the judge on new weeks is off so one noisy week cannot retrain.
  await importAndTrain(page, '?profile=testing&performance_threshold=null', 'store-1-plus-a-week.csv', full, 'reused');
  await expect(page.getByTestId(`progress-${id}`)).toContainText('0 /');
  const after = await firstWeek();
  expect(Date.parse(after) - Date.parse(before)).toBe(7 * 86_400_000);

  await page.getByTestId('tab-monitoring').click();
  await page.getByTestId('filter-outcome').selectOption('refit');
  await expect(page.getByTestId('log-count')).toHaveText('1 of 2 decisions');
  await expect(page.getByTestId('decision-log').locator('tbody tr')).toContainText('refit');
  await expect(page.getByTestId('decision-log').locator('tbody tr')).toContainText('model_still_valid');
});
