// The first minute from an empty browser, guided by Home: load the sample, train all with the
// development profile, read the weeks ahead; a return visit then lands on the catalogue overview.
import { expect, test } from '@playwright/test';

test('an empty lab lands on the first minute: sample → Train all (development) → the weeks ahead; a return lands on the overview', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await expect(page.getByTestId('tab-home')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('first-minute')).toBeVisible();
  await page.getByTestId('home-sample').click();
  await expect(page.getByTestId('home-dataset')).toContainText('7 products', { timeout: 60_000 });
  const train = page.getByTestId('home-train');
  await expect(train).toHaveText('Train all (development)');
  await train.click();
  await expect(page.getByTestId('home-overview')).toBeVisible({ timeout: 240_000 });
  await expect(page.getByTestId('home-products')).toHaveText('7');
  await expect(page.getByTestId('home-champions')).toContainText(/\d+ models? · \d+ baselines?/);
  await expect(page.getByTestId('home-next4')).toContainText(/^[\d,]+ units/);
  await expect(page.getByTestId('home-top').locator('tbody tr')).not.toHaveCount(0);
  // The 1990s sample is stale by today's date, and Home says so with the last week.
  await expect(page.getByTestId('home-stale-list')).toContainText('data ends 199');

  // "Best so far" names its metric; the glossary explains it.
  await page.getByTestId('tab-studies').click();
  await expect(page.getByTestId('train-progress').locator('thead')).toContainText('Best so far (RMSE)');
  await page.getByTestId('term-objective').click();
  await expect(page.getByTestId('glossary')).toBeVisible();
  await expect(page.getByTestId('glossary-objective')).toContainText('in that metric’s units');
  await page.getByTestId('glossary-close').click();
  await expect(page.getByTestId('glossary')).toHaveCount(0);

  // A return visit (the lab's address, no #place in it) lands on the overview; a reload would keep the tab.
  await page.goto('./');
  await expect(page.getByTestId('tab-home')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('home-overview')).toBeVisible();
  await expect(page.getByTestId('first-minute')).toHaveCount(0);
  await page.getByTestId('home-open-forecast').click();
  await expect(page.getByTestId('tab-catalogue')).toHaveAttribute('aria-selected', 'true');
});
