// The Runs screen end to end: the same file dropped twice is two import runs, the second all
// cached; a run's graph opens an artifact's lineage; deleting the dataset leaves the lineage whole;
// a training run's registered version traces back to the CSV file by name.
import { expect, test } from '@playwright/test';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { expectAccessibleControls, expectVisibleFocus } from './accessibility';
import { LabPage } from './lab-page';

const fiction = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2', 'P3']), 'F - Adult Fiction');
const files = [{ name: 'fiction.csv', content: fiction }];

test('the same file dropped twice shows as a run that ran and a run whose steps were all cached', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.dropContents(files);
  await expect(lab.stepStatus('split')).toContainText(': ran');
  await lab.dropContents(files);
  await expect(lab.stepStatus('split')).toHaveText('split: cached');

  await page.getByTestId('tab-runs').click();
  const table = page.getByTestId('runs-table');
  await expect(table.locator('caption')).toHaveText('fiction.csv: 2 runs');
  // Newest first: the second drop, all four steps cached.
  await expect(table.getByTestId('run-totals')).toHaveText(['4 cached', '4 ran']);
  await expect(table.getByTestId('run-status').first()).toContainText('completed');

  await table.getByRole('button', { name: /^Import · fiction\.csv · / }).first().click();
  for (const step of ['import', 'prepare', 'quality', 'split']) await expect(page.getByTestId(`run-step-${step}`)).toHaveText(`${step}: cached`);
  await expect(page.getByTestId('graph-step')).toHaveCount(4);

  await page.getByRole('button', { name: /^Artifact splits/ }).click();
  const panel = page.getByTestId('artifact-panel');
  await expect(panel.getByTestId('artifact-produced-by').locator('li')).toHaveCount(2);
  await expect(panel.getByTestId('artifact-lineage')).toContainText('prepare output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('import output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('file fiction.csv');

  await page.getByRole('checkbox', { name: /^Compare Import/ }).first().check();
  await page.getByRole('checkbox', { name: /^Compare Import/ }).nth(1).check();
  await expect(page.getByTestId('run-compare')).toContainText('Comparing 2 runs');
  await expect(page.getByTestId('config-diff')).toContainText('Same configuration.');

  await expectAccessibleControls(page);
  await page.getByTestId('tab-runs').focus();
  await expectVisibleFocus(page, 8);

  page.once('dialog', (d) => void d.accept());
  await page.getByText('Datasets (1)').click();
  await page.getByTestId('delete-dataset').click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the dataset' })).toBeVisible();
  // The run stays open; its split artifact now reads as deleted, its lineage still reaches the file.
  await page.getByRole('button', { name: /^Artifact split \(deleted\)/ }).click();
  await expect(panel.getByTestId('artifact-deleted')).toBeVisible();
  await expect(panel.getByTestId('artifact-lineage')).toContainText('file fiction.csv');
  expect((await lab.storedCounts()).datasets).toBe(0);
});

test('a trained product’s registered version traces back through study, series and dataset to the CSV file (issue 13)', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.trainSampleProduct('tuna-b1');
  await page.getByTestId('tab-runs').click();
  // Import and training of one file are one experiment, each run named for people.
  const table = page.getByTestId('runs-table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('caption')).toHaveText('dominicks-tuna.csv: 2 runs');
  await table.getByRole('button', { name: /^Training · dominicks-tuna\.csv · development · \d+ \w{3} \d\d:\d\d$/ }).click();

  await page.getByRole('button', { name: /^Artifact arima_book_tuna-b1 v1 / }).click();
  const panel = page.getByTestId('artifact-panel');
  await expect(panel.getByTestId('artifact-title')).toHaveText('Registered version arima_book_tuna-b1 v1');
  await expect(panel.getByTestId('artifact-deleted')).toHaveCount(0);
  await expect(panel.getByTestId('artifact-models')).toHaveText('arima_book_tuna-b1 v1 — champion');
  const chain = panel.getByTestId('artifact-lineage').getByRole('button');
  await expect(chain).toHaveText([/^study tuna-b1 \(search output\)/, /^series tuna-b1 \(decide output\)/, /^weekly-series \(prepare output\)/, /^sales-rows \(import output\)/, /^file dominicks-tuna\.csv/]);

  // The study is stored (not "deleted with its dataset") and the version was built from it.
  await chain.first().click();
  await expect(panel.getByTestId('artifact-title')).toContainText('Study');
  await expect(panel.getByTestId('artifact-deleted')).toHaveCount(0);
  await expect(panel.getByTestId('artifact-models')).toHaveText('arima_book_tuna-b1 v1 — champion');
  // On up to the file: the CSV by its name, not the product's id.
  await panel.getByTestId('artifact-lineage').getByRole('button', { name: /^file dominicks-tuna\.csv/ }).click();
  await expect(panel.getByTestId('artifact-title')).toHaveText('Source file dominicks-tuna.csv');
});

test('a filter that leaves no product adds no dataset and no experiment (issue 13)', async ({ page }) => {
  await page.goto('./?profile=development');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('filter-search').fill('no such product');
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('error')).toContainText('No product is left after the filters');
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-runs').click();
  await expect(page.getByTestId('runs-table').locator('caption')).toHaveText(['dominicks-tuna.csv: 2 runs']);
  await expect(page.getByText('Datasets (1)')).toBeVisible();
});
