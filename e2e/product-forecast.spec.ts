// The product page's forecast of the weeks ahead: after training one sample product, it starts the
// week after the last real week, covers forecast_weeks weeks, never goes below zero, and the week
// picker reads the same number as the weekly table (snapping a mid-week date to its week).
import { expect, test } from '@playwright/test';
import { expectAxes, expectReadout } from './chart-check';
import { LabPage } from './lab-page';

const WEEKS = 40; // Not the default 52: the URL override shows the config key decides the length.
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test('a trained product forecasts forecast_weeks weeks from the week after its last real week, and the week picker agrees with the table', async ({ page }) => {
  test.setTimeout(180_000);
  const lab = new LabPage(page);
  await lab.trainSampleProduct('tuna-b1', `?profile=development&forecast_weeks=${WEEKS}`);
  await lab.showProduct('tuna-b1');

  // The last real week, from the data line "N weeks from START in …".
  const [, weeks, start] = /^(\d+) weeks from (\d{4}-\d\d-\d\d)/.exec((await page.getByTestId('product-data').textContent())!.trim())!;
  const lastReal = addDays(start!, 7 * (Number(weeks) - 1));
  const first = addDays(lastReal, 7);

  await expect(page.getByTestId('forecast-heading')).toContainText(`Forecast: ${WEEKS} weeks from ${first}`);
  await expect(page.getByTestId('backtest-heading')).toContainText(/Backtest: \d+ held-out weeks \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d \(test RMSE [\d.]+\)/);
  await expect(page.getByTestId('forecast-stale')).toHaveCount(0);
  await expect(page.getByTestId('future-line')).toBeVisible();
  await expect(page.getByTestId('backtest-line')).toBeAttached();
  // The chart has a date axis and a unit-sales axis (not just "max …"), a legend, and reads weeks out.
  await expectAxes(page, 'product-chart', 'units sold', /^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?|\d{4})$/);
  await expectReadout(page, 'product-chart', /^Week ending \d{1,2} [A-Z][a-z]{2} \d{4}: ([\d,.]+ units sold|forecast [\d,.]+ units)/);
  await page.getByTestId('product-chart-focus').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('product-chart-readout')).toHaveText(/: forecast [\d,.]+ units \(80%: [\d,.]+ – [\d,.]+; 95%: [\d,.]+ – [\d,.]+\)$/);

  const rows = page.getByTestId('future-row');
  await expect(rows).toHaveCount(WEEKS);
  await expect(rows.first().locator('th')).toHaveText(first);
  await expect(rows.last().locator('th')).toHaveText(addDays(first, 7 * (WEEKS - 1)));

  // No mean or interval bound below zero.
  const cells = await page.getByTestId('future-table').locator('tbody td').allTextContents();
  const numbers = cells.flatMap((c) => c.split('–').map((x) => Number(x.trim())));
  expect(numbers.length).toBe(WEEKS * 5);
  expect(numbers.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);

  // By default the picker shows the first forecast week.
  await expect(page.getByTestId('week-picker')).toHaveValue(first);
  await expect(page.getByTestId('week-mean')).toHaveText((await rows.first().locator('td').first().textContent())!);

  // A mid-week date reads the row of the week that contains it, and says which week ending it used.
  const tenth = addDays(first, 7 * 9);
  await page.getByTestId('week-picker').fill(addDays(tenth, -3));
  const row = rows.nth(9);
  await expect(page.getByTestId('week-result')).toContainText(`in the week ending ${tenth}`);
  await expect(page.getByTestId('week-mean')).toHaveText((await row.locator('td').nth(0).textContent())!);
  await expect(page.getByTestId('week-80')).toHaveText((await row.locator('td').nth(1).textContent())!);
  await expect(page.getByTestId('week-95')).toHaveText((await row.locator('td').nth(2).textContent())!);

  // Outside the forecast: before it points back to the history, after it says how far it goes.
  await page.getByTestId('week-picker').fill(lastReal);
  await expect(page.getByTestId('week-result')).toContainText(`starts with the week ending ${first}`);
  await page.getByTestId('week-picker').fill(addDays(first, 7 * WEEKS));
  await expect(page.getByTestId('week-result')).toContainText(`covers ${WEEKS} weeks`);
});
