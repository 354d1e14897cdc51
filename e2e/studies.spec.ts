// Studies in the browser: train a sample product with the development profile, read its history,
// trial table and stop reason, reload and continue the same study; URL overrides; journal export.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAxes, expectReadout } from './chart-check';
import { LabPage } from './lab-page';

async function loadSampleAndOpenStudies(page: Page, query = '') {
  await page.goto(`./${query}`);
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-studies').click();
}

async function trainTunaB1(page: Page) {
  await new LabPage(page).chooseToTrain('tuna-b1');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  await page.getByTestId('progress-tuna-b1').getByRole('button').click();
}

test('a product trains with the development profile; its study survives a reload and is continued, not restarted', async ({ page }) => {
  await loadSampleAndOpenStudies(page, '?profile=development');
  await expect(page.getByTestId('active-config')).toContainText('Profile development');
  await trainTunaB1(page);
  await expect(page.getByTestId('stop-reason')).toContainText(/early|n_trials/i);
  await expect(page.getByTestId('choice-reason')).not.toHaveText('—');
  await expect(page.getByTestId('history-chart')).toBeVisible();
  await expect(page.getByTestId('best-so-far')).toHaveAttribute('d', /^M[\d.]+,[\d.]+/);
  // Each study chart: a value axis titled with the metric, numbered x ticks, a legend, and a readout.
  const metric = /^(RMSE|MAE|MASE) on validation weeks$/;
  await expectAxes(page, 'history', metric, /^\d+$/);
  await expect(page.getByTestId('history').getByTestId('x-title')).toHaveText('trial');
  await expectReadout(page, 'history', /^Trial \d+: (RMSE|MAE|MASE) [\d,.]+.*; best so far [\d,.]+$/);
  await expectAxes(page, 'slice', metric, /^\d+$/);
  await expectReadout(page, 'slice', /^Trial \d+: p = \d+, (RMSE|MAE|MASE) [\d,.]+/);
  await expectAxes(page, 'pareto', metric, /^[\d,]+$/);
  await expect(page.getByTestId('pareto').getByTestId('x-title')).toHaveText('fit time (ms)');
  await expectReadout(page, 'pareto', /^Trial \d+( \(on the front\))?: (RMSE|MAE|MASE) [\d,.]+.* in [\d,]+ ms$/);
  const rows = await page.getByTestId('trial-row').count();
  expect(rows).toBeGreaterThanOrEqual(5);
  await expect(page.getByTestId('run-status')).toContainText('completed');

  // The table sorts and filters.
  await page.getByTestId('trial-filter').selectOption('complete');
  expect(await page.getByTestId('trial-row').count()).toBeLessThanOrEqual(rows);

  await page.reload();
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).pickProduct('study-product', 'tuna-b1');
  await expect(page.getByTestId('trial-row')).toHaveCount(rows);

  // Training again continues the stored study: its trials are counted, the early stop still holds.
  await trainTunaB1(page);
  await expect(page.getByTestId('progress-tuna-b1')).toContainText(`0 / ${rows}`);
  await expect(page.getByTestId('trial-row')).toHaveCount(rows);

  // The product page lists the study with its counts, stop and choice, and the version it produced.
  await new LabPage(page).showProduct('tuna-b1');
  await expect(page.getByTestId('product-studies')).toContainText(`of ${rows} trials`);
  await expect(page.getByTestId('product-studies')).toContainText('stopped:');
  await expect(page.getByTestId('product-studies')).toContainText('chose ');
});

test('a production-profile study keeps its trials and charts, and says the next run starts a new search', async ({ page }) => {
  await loadSampleAndOpenStudies(page, '?profile=production&n_trials=8&min_trials=8&patience=8');
  await expect(page.getByTestId('active-config')).toContainText('storage ephemeral');
  await expect(page.getByTestId('storage-note')).toHaveText(
    'Ephemeral: this run’s trials are kept for inspection; the next run starts a new search instead of continuing it.',
  );
  await trainTunaB1(page);
  await expect(page.getByTestId('study-summary')).toContainText('8 trials stored');
  await expect(page.getByTestId('trial-row')).toHaveCount(8);
  await expect(page.getByTestId('history-chart')).toBeVisible();
  await expect(page.getByTestId('study-storage-note')).toContainText('the next run starts a new search');
});

test('an invalid URL override is reported and not applied', async ({ page }) => {
  await page.goto('./?n_trials=-3&patience=7');
  await page.getByTestId('tab-studies').click();
  await expect(page.getByTestId('studies-config-problems')).toContainText('n_trials must be a whole number from 1 to 100000; got -3');
  await expect(page.getByTestId('active-config')).toContainText('n_trials 10');
  await expect(page.getByTestId('active-config')).toContainText('patience 7');
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('config-problems')).toContainText('not applied');
  await expect(page.getByTestId('source-patience')).toContainText('the URL query');
  await expect(page.getByTestId('source-n_trials')).toContainText('the profile');
  // A panel value past its bound is not applied either (the number input takes only numbers).
  await page.getByLabel('min_trials', { exact: true }).fill('-4');
  await page.getByLabel('min_trials', { exact: true }).press('Enter');
  await expect(page.getByTestId('config-problems')).toContainText(
    'min_trials must be a whole number from 0 to 100000; got -4. (from the settings panel; not applied)',
  );
  await expect(page.getByTestId('source-min_trials')).toContainText('the profile');
});

test('a study exports as an Optuna journal that parses line by line', async ({ page }) => {
  await loadSampleAndOpenStudies(page, '?profile=development');
  await trainTunaB1(page);
  const rows = await page.getByTestId('trial-row').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('journal-export').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const ops = text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { op_code: number; study_name?: string });
  expect(ops[0]!.op_code).toBe(0);
  expect(ops[0]!.study_name).toMatch(/^shelfcast-tuna-b1-/);
  // One create-trial op (op_code 4) per trial.
  expect(ops.filter((o) => o.op_code === 4)).toHaveLength(rows);
});

test('a reload in the middle of a study loses no finished trial, and training again completes the same study', async ({ page }) => {
  test.setTimeout(180_000);
  const space = encodeURIComponent(JSON.stringify({ families: ['sarima'] }));
  await loadSampleAndOpenStudies(page, `?profile=development&selection=original&n_trials=20&patience=20&min_trials=20&search_space=${space}`);
  await new LabPage(page).chooseToTrain('tuna-b1');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('progress-tuna-b1')).toContainText(/searching([4-9]|1[0-4]) \/ /, { timeout: 60_000 });
  await page.reload();
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).pickProduct('study-product', 'tuna-b1');
  await expect(page.getByTestId('study-interrupted')).toBeVisible();
  const kept = await page.getByTestId('trial-row').count();
  expect(kept).toBeGreaterThanOrEqual(4);
  expect(kept).toBeLessThan(20);

  await trainTunaB1(page);
  await expect(page.getByTestId('stop-reason')).toContainText('Reached n_trials: 20 trials');
  await expect(page.getByTestId('trial-row')).toHaveCount(20);
  const numbers = await page.getByTestId('trial-row').locator('td:first-child').allTextContents();
  expect(numbers.map(Number)).toEqual(Array.from({ length: 20 }, (_, i) => i));
});
