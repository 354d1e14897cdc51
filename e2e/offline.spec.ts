// After one visit the lab works with the network cut: shell, workers with their WASM, sample data.
import { expect, test } from '@playwright/test';
import { LabPage } from './lab-page';

test('the lab reloads and forecasts offline after the first visit', async ({ page, context }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load was not controlled yet; this reload is, and fills nothing new.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Shelfcast' })).toBeVisible();
  await page.getByTestId('tab-lab').click();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b2');
  await expect(lab.chart).toBeVisible();
  await expect(lab.modelSource).toHaveText('fitted just now');
});
