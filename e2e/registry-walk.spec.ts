// Issue 13's walk, as a returning user lives it: settings chosen in the panel, a product trained, a
// week appended and trained again (the two versions compared on one stated window), the champion's
// file imported twice (the second time nothing is added), then a reload: settings and study charts
// are still there.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bookScanCsv, isbnFor, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const rows = panelRows('data/walmart-weekly/long.csv', ['walmart-store-01']);
const id = isbnFor(0);
const model = `arima_book_${id}`;

async function importAndTrain(page: Page, name: string, content: string) {
  await page.getByTestId('tab-lab').click();
  await new LabPage(page).dropContents([{ name, content }]);
  await expect(page.getByTestId('q-products')).toContainText('1 product', { timeout: 60_000 });
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain(id);
  await page.getByTestId('train').click();
  await expect(page.getByTestId(`state-${id}`)).toHaveText('done', { timeout: 150_000 });
}

async function setPanel(page: Page, key: string, value: string) {
  await page.getByTestId('tab-settings').click();
  await page.getByLabel(key, { exact: true }).fill(value);
  await page.getByLabel(key, { exact: true }).press('Enter');
  await expect(page.getByTestId(`source-${key}`)).toContainText('the settings panel');
}

test('train → append a week → train → import the same model twice → reload: one stated window, nothing added twice, settings and charts kept', async ({
  page,
}) => {
  test.setTimeout(420_000);
  await page.goto('./');
  await setPanel(page, 'n_trials', '12');
  await setPanel(page, 'patience', '4');

  await importAndTrain(page, 'store-1.csv', bookScanCsv(rows.slice(0, -1), 'Walmart'));
  await page.getByTestId('tab-models').click();
  await page.getByRole('button', { name: new RegExp(model) }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('version-1').getByRole('button', { name: 'Export JSON' }).click()]);
  const exported = readFileSync((await download.path())!, 'utf8');

  // One more real week; development retrains, and v2 is judged against v1 on v2's own test weeks.
  await importAndTrain(page, 'store-1-plus-a-week.csv', bookScanCsv(rows, 'Walmart'));
  await new LabPage(page).showProduct(id);
  const versions = page.getByTestId('product-versions').locator('tbody tr');
  await expect(versions).toHaveCount(2);
  const v2 = versions.filter({ hasText: 'v2' });
  const verdict = (await v2.getByTestId('versus-champion').textContent())!.trim();
  expect(verdict).toMatch(
    /^on (\d{4}-\d\d-\d\d) – (\d{4}-\d\d-\d\d): RMSE [\d.]+ against v1's [\d.]+, (▼ [\d.]+% lower \(better\)|▲ [\d.]+% higher \(worse\)|the same)$/,
  );
  // The window stated is v2's own test window, shown beside its RMSE.
  const [, start, end] = /^on (\S+) – (\S+):/.exec(verdict)!;
  await expect(v2).toContainText(`${start} – ${end}`);
  // Whichever way it went, the words of the log agree with the arrow.
  const becameChampion = (await v2.locator('th').textContent())!.includes('★ champion');
  if (becameChampion) {
    expect(verdict).toContain('▼');
    await expect(page.getByTestId('product-history').locator('li').last()).toContainText(verdict);
  } else {
    await expect(page.getByTestId('product-history').locator('li')).toHaveCount(1);
  }

  // The champion's file from before, imported twice: the second time adds nothing and says which version it is.
  await page.getByTestId('tab-models').click();
  const picker = page.getByLabel('Choose model files…');
  await picker.setInputFiles({ name: 'store-1.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByTestId('models-notice')).toContainText(`Imported ${model} v3 `);
  await page.getByRole('button', { name: new RegExp(model) }).click();
  const registered = await page.getByTestId('versions').locator('tbody tr').count();
  expect(registered).toBe(3);
  await picker.setInputFiles({ name: 'store-1.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByTestId('models-notice')).toHaveText(`${model} v1 from store-1.json is already registered as v3; nothing was added.`);
  await expect(page.getByTestId('versions').locator('tbody tr')).toHaveCount(registered);

  // A reload keeps the settings (with their source) and the study with its charts.
  await page.reload();
  await page.getByTestId('tab-settings').click();
  await expect(page.getByLabel('n_trials', { exact: true })).toHaveValue('12');
  await expect(page.getByTestId('source-n_trials')).toContainText('the settings panel');
  await expect(page.getByLabel('patience', { exact: true })).toHaveValue('4');
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).pickProduct('study-product', id);
  await expect(page.getByTestId('history-chart')).toBeVisible();
  expect(await page.getByTestId('trial-row').count()).toBeGreaterThan(0);
});
