// The Runs screen end to end: the same file dropped twice is two import runs, the second all
// cached; a run's graph opens an artifact's lineage; deleting the dataset leaves the lineage whole.
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

  await table.getByRole('button', { name: /^import / }).first().click();
  for (const step of ['import', 'prepare', 'quality', 'split']) await expect(page.getByTestId(`run-step-${step}`)).toHaveText(`${step}: cached`);
  await expect(page.getByTestId('graph-step')).toHaveCount(4);

  await page.getByRole('button', { name: /^Artifact splits/ }).click();
  const panel = page.getByTestId('artifact-panel');
  await expect(panel.getByTestId('artifact-produced-by').locator('li')).toHaveCount(2);
  await expect(panel.getByTestId('artifact-lineage')).toContainText('prepare output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('import output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('file fiction.csv');

  await page.getByRole('checkbox', { name: /^Compare import/ }).first().check();
  await page.getByRole('checkbox', { name: /^Compare import/ }).nth(1).check();
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
