// The walking skeleton, end to end in Chromium: a CSV in, a forecast drawn and stored, a reload.
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expectAxes, expectReadout } from './chart-check';
import { LabPage } from './lab-page';

const SAMPLE = fileURLToPath(new URL('../public/sample/dominicks-tuna.csv', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('a dropped CSV becomes a stored forecast that survives a reload', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.dropFile(SAMPLE, 'dominicks-tuna.csv');
  await expect(page.getByTestId('mapping-dialog')).toContainText('dominicks-tuna.csv');
  await expect(page.getByTestId('map-date').locator('option:checked')).toHaveText('week_ending');
  await lab.confirmMapping();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await expect(page.getByTestId('dataset-summary')).toContainText('weeks end on Wednesday');

  await lab.chooseProductById('tuna-b1');
  await expect(lab.chart).toBeVisible();
  await expect(page.getByTestId('forecast-line')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){31}$/);
  // Readable axes (dates as months or years, unit sales from 0, never "-0") and values on hover and keys.
  await expectAxes(page, 'forecast-chart', 'units sold', /^((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?|\d{4})$/);
  expect((await page.getByTestId('forecast-chart').locator('text.y-tick').allTextContents())[0]).toBe('0');
  await expectReadout(page, 'forecast-chart', /^Week ending \d{1,2} [A-Z][a-z]{2} \d{4}( \(held out\))?: [\d,.]+ units sold/);
  await expect(lab.modelSource).toHaveText('fitted just now');
  const rmse = await lab.rmse.textContent();
  const mae = await lab.mae.textContent();
  expect(Number(rmse!.replace(/,/g, ''))).toBeGreaterThan(0);
  expect(Number(mae!.replace(/,/g, ''))).toBeGreaterThan(0);

  await page.reload();
  await page.getByTestId('tab-lab').click();
  await expect(lab.modelSource).toHaveText('stored model (not refitted)');
  await expect(lab.rmse).toHaveText(rmse!);
  await expect(lab.mae).toHaveText(mae!);
  await expect(lab.chart).toBeVisible();
  await expect(lab.productSelect).toHaveValue('tuna-b1');
  // Stores of other features (the model registry, …) must stay empty on this path.
  const counts = await lab.storedCounts();
  const expected = { datasets: 1, series: 7, models: 1, artifacts: 4, payloads: 4, mappings: 1, runs: 1 };
  expect(counts).toMatchObject(expected);
  expect(Object.entries(counts).filter(([name, n]) => !(name in expected) && n > 0)).toEqual([]);
});

test('the file picker and the sample button load data too', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.pickFile(SAMPLE);
  await lab.confirmMapping();
  await expect(page.getByTestId('dataset-summary')).toContainText('2,366 rows read');

  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b3');
  await expect(lab.chart).toBeVisible();
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · native');
});

test("the forecast holds out the Data screen's test weeks and fits on the latest 260 weeks before them", async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByLabel('Test weeks').fill('13');
  await page.getByTestId('apply-filters').click();
  // Only the steps after the filters re-run: the split (and the quality report) with 13 test weeks.
  await expect(lab.stepStatus('prepare')).toHaveText('prepare: cached');
  await expect(lab.stepStatus('split')).toContainText('split: ran');
  await lab.chooseProductById('tuna-b1');
  await expect(page.getByTestId('forecast-line')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){12}$/);
  await expect(page.getByTestId('held-out')).toHaveText('13 (trained on 260)');
  // The same data cut with 32 test weeks again: the open product is refitted on the new window.
  await page.getByLabel('Test weeks').fill('32');
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('held-out')).toHaveText('32 (trained on 260)');
  await expect(page.getByTestId('forecast-line')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){31}$/);
});

for (const [file, message] of [
  ['empty.csv', /The file is empty/],
  ['not-a-table.xlsx', /not a CSV file/],
  ['text-volume.csv', /Column "volume" is not numeric \(row 2: "lots"\)/],
] as const) {
  test(`a bad file (${file}) shows its error and stores nothing`, async ({ page }) => {
    const lab = new LabPage(page);
    await lab.open();
    await lab.dropFile(fixture(file), file);
    await expect(lab.error).toContainText(message);
    await expect(lab.error).toContainText(file);
    await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
    const counts = await lab.storedCounts();
    expect(counts).toMatchObject({ datasets: 0, series: 0, models: 0 });
    expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
  });
}
