// A link cannot delete stored studies: an out-of-bounds retention is refused with the key, the bound
// and the source; a retention that would delete stored studies asks first; unknown keys are listed.
import { expect, test, type Page } from '@playwright/test';
import { LabPage } from './lab-page';

/** Moves every stored study's last update `days` into the past (as if it had not been trained since). */
function ageStudies(page: Page, days: number): Promise<void> {
  return page.evaluate(
    (days) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shelfcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('studies', 'readwrite');
          const store = tx.objectStore('studies');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const study of all.result as { updatedAt: string }[])
              store.put({ ...study, updatedAt: new Date(Date.now() - days * 86_400_000).toISOString() });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    days,
  );
}

async function trainTunaB1(page: Page) {
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain('tuna-b1');
  await page.getByTestId('train').click();
}

test('?study_retention_days=1e-9 is refused, and a retention that would delete stored studies asks first', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('./?profile=development');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await trainTunaB1(page);
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  await page.getByTestId('progress-tuna-b1').getByRole('button').click();
  const rows = await page.getByTestId('trial-row').count();
  expect(rows).toBeGreaterThan(0);

  // The link's retention is refused (key, bound, source) and the misspelt key is listed.
  await page.goto('./?profile=development&study_retention_days=1e-9&n_trails=4');
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('config-problems')).toContainText(
    'study_retention_days must be none (null) or a number from 1 to 36500; got 1e-9. (from the URL query; not applied)',
  );
  await expect(page.getByTestId('config-problems')).toContainText('Unknown setting "n_trails" (from the URL query; ignored).');
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await trainTunaB1(page);
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  // The stored study was continued, not deleted and started again.
  await expect(page.getByTestId('progress-tuna-b1')).toContainText(`/ ${rows}`);
  await expect(page.getByTestId('purge-ask')).toHaveCount(0);

  // A valid retention that would delete the (now 10-day-old) study asks, and "keep" keeps it.
  await ageStudies(page, 10);
  await page.goto('./?profile=development&study_retention_days=5');
  await trainTunaB1(page);
  await expect(page.getByTestId('purge-ask')).toContainText(
    'Training will first delete 1 stored study not updated for 5 days (study_retention_days = 5, from the URL query).',
  );
  await page.getByTestId('purge-keep').click();
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  await expect(page.getByTestId('progress-tuna-b1')).toContainText(`/ ${rows}`);
});
