// Files that used to stop a screen for good (issue 16): Svelte throws on a list with two equal keys,
// and the screen it was drawing never comes back. Each must show, and stay usable after a reload.
import { expect, test } from '@playwright/test';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const UCI = 'data/uci-sales-weekly/long.csv';

test('a CSV with two columns of the same name shows the mapping dialog, and Cancel gives the page back', async ({ page }) => {
  const lab = new LabPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await lab.open();
  const lines = [
    'id,title,week_ending,volume,volume',
    ...Array.from({ length: 30 }, (_, i) => `b1,Book,${new Date(Date.UTC(2020, 0, 4 + 7 * i)).toISOString().slice(0, 10)},${10 + i},${i}`),
  ];
  await lab.dropContents([{ name: 'twice.csv', content: lines.join('\n') }]);
  await expect(page.getByTestId('mapping-dialog')).toBeVisible();
  await expect(page.getByTestId('mapping-dialog').locator('th')).toHaveCount(5);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /sample dataset/ })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('two columns of the same name are told apart in the pickers, and the one chosen is read', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  // The first "volume" holds 1000 + i, the second i: its one zero week tells which was read.
  const lines = [
    'id,title,week_ending,volume,volume',
    ...Array.from({ length: 30 }, (_, i) => `b1,Book,${new Date(Date.UTC(2020, 0, 4 + 7 * i)).toISOString().slice(0, 10)},${1000 + i},${i}`),
  ];
  await lab.dropContents([{ name: 'twice.csv', content: lines.join('\n') }]);
  const picker = page.getByTestId('map-volume');
  await expect(picker.locator('option')).toHaveText(['id', 'title', 'week_ending', 'volume (column 4)', 'volume (column 5)']);
  await picker.selectOption({ label: 'volume (column 5)' });
  await lab.confirmMapping();
  await expect(page.getByTestId('dataset-summary')).toContainText('1 product');
  // The second column starts at 0: one zero week in 30 (the first would have none).
  await expect(page.getByTestId('quality-report')).toContainText('3.3% zero weeks');
});

test('two files of one name rejecting the same row number both list it, before and after a reload', async ({ page }) => {
  const lab = new LabPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await lab.open();
  const fileOf = (ids: string[]) => {
    const rows = panelRows(UCI, ids, 20);
    return bookScanCsv([...rows.slice(0, 10), { ...rows[0]!, date: '2035-06-02' }, ...rows.slice(10)], 'T Trade');
  };
  await lab.dropContents([
    { name: 'trade.csv', content: fileOf(['P1']) },
    { name: 'trade.csv', content: fileOf(['P2']) },
  ]);
  await expect(page.getByTestId('quality-report')).toContainText('42 rows read, 2 rejected');
  await page.getByTestId('q-rejected').locator('summary').click();
  await expect(page.getByTestId('q-rejected').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('dataset-summary')).toContainText('2 rows rejected');
  await page.reload();
  await expect(page.getByTestId('dataset-summary')).toContainText('2 rows rejected');
  expect(errors).toEqual([]);
});
