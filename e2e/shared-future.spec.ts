// Shared models forecast too: a product trained in one browser, its champion exported as JSON and
// imported into a fresh browser with no data shows the identical forecast of the weeks ahead.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LabPage } from './lab-page';

async function futureRows(page: Page, id: string): Promise<string[]> {
  await new LabPage(page).showProduct(id);
  await expect(page.getByTestId('future-row').first()).toBeVisible();
  return page.getByTestId('future-row').allTextContents();
}

test('an exported champion imported into an empty browser shows the same forecast of the weeks ahead', async ({ browser }) => {
  test.setTimeout(240_000);
  const contextA = await browser.newContext({ acceptDownloads: true });
  const pageA = await contextA.newPage();
  await new LabPage(pageA).trainSampleProduct('tuna-b3');
  const rowsA = await futureRows(pageA, 'tuna-b3');
  expect(rowsA).toHaveLength(52);
  await pageA.getByTestId('tab-models').click();
  await pageA.getByRole('button', { name: /arima_book_tuna-b3/ }).click();
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByTestId('version-1').getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');
  await contextA.close();

  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await new LabPage(pageB).open();
  await pageB.getByTestId('tab-models').click();
  await pageB.getByLabel('Choose model files…').setInputFiles({ name: 'tuna-b3.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(pageB.getByTestId('models-notice')).toContainText('Imported arima_book_tuna-b3 v1');
  expect(await futureRows(pageB, 'tuna-b3')).toEqual(rowsA);
  await contextB.close();
});
