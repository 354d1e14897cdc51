// Finding things and finding one's way back: the product picker finds a product by its title in a
// 500-product file (no main-thread task over 100 ms while typing), any of 55 products can be chosen
// to train, titles stand beside ids, and the tab and product live in the URL hash.
import { expect, test, type Page } from '@playwright/test';
import { bookScanCsv, isbnFor, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';
import { watchLongTasks } from './long-tasks';

// Products of the real UCI panel that sold anything, in file order (as e2e/monitoring.spec.ts).
const UCI = 'data/uci-sales-weekly/long.csv';
const sold = new Map<string, number>();
for (const r of panelRows(
  UCI,
  Array.from({ length: 811 }, (_, i) => `P${i + 1}`),
))
  sold.set(r.title, (sold.get(r.title) ?? 0) + Number(r.volume));
const soldIds = [...sold].filter(([, v]) => v > 0).map(([id]) => id);

/**
 * Product 400 is titled like a real book (with a diacritic) and sells as Walmart store 1 did: the
 * UCI panel's 52 weeks are too few to train (68 needed), the store's 143 are enough. Its dates move
 * from Fridays to the panel's Saturdays; its volumes are the store's own.
 */
const TITLE_400 = 'Émile, or On Education';
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
function panel(count: number): string {
  const rows = panelRows(UCI, soldIds.slice(0, count)).filter((r) => r.isbn !== isbnFor(399));
  const store =
    count >= 400
      ? panelRows('data/walmart-weekly/long.csv', ['walmart-store-01']).map((r) => ({ ...r, isbn: isbnFor(399), title: TITLE_400, date: nextDay(r.date) }))
      : [];
  return bookScanCsv([...rows, ...store], 'F - Adult Fiction');
}
// A trace's DOM snapshot after every action walks the whole page in the page's own thread: with it
// on, the long tasks measured would be Playwright's, not the picker's.
test.use({ trace: 'off' });

const hyphenated = (isbn: string) => `${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 9)}-${isbn.slice(9, 12)}-${isbn.slice(12)}`;

async function importPanel(page: Page, count: number) {
  // The panel has 52 weeks: shorter holdout windows than development's 32 + 32 leave weeks to fit.
  await page.goto('./?profile=development&test_weeks=8&validation_weeks=8');
  await new LabPage(page).dropContents([{ name: `uci-${count}.csv`, content: panel(count) }]);
  await expect(page.getByTestId('q-products')).toHaveText(`${count} products kept of ${count}`, { timeout: 90_000 });
  // The import is over (stored, summarised) once the dataset summary lists the products.
  await expect(page.getByTestId('dataset-summary')).toContainText(`${count} products`, { timeout: 90_000 });
  await expect(new LabPage(page).stepStatus('split')).toContainText(': ran', { timeout: 90_000 });
}

test('in a 500-product file the picker finds product 400 by its title, trains it, and its title stands beside its ISBN', async ({ page }) => {
  test.setTimeout(300_000);
  const isbn = isbnFor(399);
  await importPanel(page, 500);
  await page.getByTestId('tab-studies').click();
  await expect(page).toHaveURL(/#studies$/);

  // Only the keyboard while measuring: a locator (even a test id) runs Playwright's selector engine
  // over the whole page, and that work would be counted as the page's own long tasks.
  await page.getByTestId('train-picker-input').focus();
  const expectNoLongTasks = await watchLongTasks(page);
  await page.keyboard.type('emile, or on', { delay: 20 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // Then the whole list, a page at a time: only the rows in view are rendered.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  for (let i = 0; i < 70; i++) await page.keyboard.press('PageDown');
  await expectNoLongTasks();

  await expect(page.getByTestId('train-picker-option').last()).toHaveAttribute('aria-posinset', '500');
  expect(await page.getByTestId('train-picker-option').count()).toBeLessThan(40);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('chosen-count')).toHaveText('1 of 500 chosen');
  await expect(page.getByTestId('chosen').getByRole('button', { name: `Remove ${TITLE_400} (${isbn})` })).toBeVisible();
  const input = page.getByTestId('train-picker-input');
  await input.fill('EMILE');
  await expect(page.getByTestId('train-picker-count')).toHaveText('1 of 500 products match');
  await input.press('Escape');

  await expect(page.getByTestId('train')).toHaveText('Train 1 product');
  await page.getByTestId('train').click();
  await expect(page.getByTestId(`state-${isbn}`)).toHaveText(/^(done|failed)$/, { timeout: 240_000 });
  // On failure this shows the row with its message.
  await expect(page.getByTestId(`progress-${isbn}`)).not.toContainText('failed');
  await expect(page.getByTestId(`state-${isbn}`)).toHaveText('done');
  await expect(page.getByTestId(`progress-${isbn}`)).toContainText(TITLE_400);
  await expect(page.getByTestId(`progress-${isbn}`)).toContainText(isbn);

  // The Product tab finds it by its ISBN typed with hyphens; the address names tab and product.
  await page.getByTestId('tab-product').click();
  await new LabPage(page).pickProduct('product-picker', isbn, hyphenated(isbn));
  await expect(page.getByTestId('product-title')).toContainText(TITLE_400);
  await expect(page).toHaveURL(new RegExp(`#product/${isbn}$`));
  await page.reload();
  await expect(page.getByTestId('tab-product')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('product-title')).toContainText(TITLE_400);
  await expect(page.getByTestId('product-versions')).toBeVisible();

  // The Models list and picker title it too.
  await page.getByTestId('tab-models').click();
  await new LabPage(page).pickProduct('model-search', isbn, 'émile');
  await expect(page.getByTestId('model-title')).toContainText(`${TITLE_400} (${isbn})`);
  await expect(page).toHaveURL(new RegExp(`#models/${isbn}$`));
  await page.goBack();
  await expect(page.getByTestId('tab-models')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#models$/);
  await page.goBack();
  await expect(page.getByTestId('tab-product')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('product-title')).toContainText(TITLE_400);
});

test('any of 55 products can be chosen: product 40 by name, then every product a query matches', async ({ page }) => {
  test.setTimeout(120_000);
  await importPanel(page, 55);
  const fortieth = { isbn: isbnFor(39), title: soldIds[39]! };
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).pickProduct('train-picker', fortieth.isbn, fortieth.title);
  await expect(page.getByTestId('chosen-count')).toHaveText('1 of 55 chosen');
  await expect(page.getByTestId('train')).toHaveText('Train 1 product');

  // "Select all matching" adds every product whose title starts with "P1" (P1, P10…P19, P100…).
  const input = page.getByTestId('train-picker-input');
  await input.fill('P1');
  const matching = Number((await page.getByTestId('train-picker-count').textContent())!.match(/^(\d+) of 55/)![1]);
  expect(matching).toBeGreaterThan(1);
  await page.getByTestId('train-picker-select-all').click();
  const chosen = matching + (fortieth.title.startsWith('P1') ? 0 : 1);
  await expect(page.getByTestId('chosen-count')).toHaveText(`${chosen} of 55 chosen`);
  await expect(page.getByTestId('train')).toHaveText(`Train ${chosen} products`);
  await page.getByTestId('clear-chosen').click();
  await expect(page.getByTestId('train')).toHaveText('Train 3 products');
});

test('a reload keeps the tab, back returns to the previous tab, and a hash the lab does not know opens the default tab', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('tab-runs').click();
  await page.getByTestId('tab-settings').click();
  await expect(page).toHaveURL(/#settings$/);
  await page.reload();
  await expect(page.getByTestId('tab-settings')).toHaveAttribute('aria-selected', 'true');
  await page.goBack();
  await expect(page.getByTestId('tab-runs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('runs-screen')).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('tab-settings')).toHaveAttribute('aria-selected', 'true');

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#no-such-tab/%E0%A4%A');
  await expect(page.getByTestId('tab-home')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('home')).toBeVisible();
  expect(errors).toEqual([]);
});
