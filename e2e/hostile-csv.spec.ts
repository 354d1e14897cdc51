// Hostile CSV files dropped in the real page (issue 16): each ends in a message that says what is
// wrong and where, and nothing is stored.
import { expect, test } from '@playwright/test';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const UCI = 'data/uci-sales-weekly/long.csv';
const rows = panelRows(UCI, ['P1', 'P2', 'P3'], 40);

test('the same file dropped twice in one drop is refused by name, and nothing is stored', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const text = bookScanCsv(rows, 'F');
  await lab.dropContents([
    { name: 'fiction.csv', content: text },
    { name: 'fiction (1).csv', content: text },
  ]);
  await expect(lab.error).toContainText(
    '"fiction (1).csv" has exactly the same contents as "fiction.csv": importing both would count every sale twice. Drop the file once.',
  );
  await expect(page.getByTestId('quality-report')).toHaveCount(0);
  expect(Object.entries(await lab.storedCounts()).filter(([name, n]) => n > 0 && name !== 'runs')).toEqual([]);
});

test('a quote that never closes names the row and line where it opened instead of swallowing the file', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const broken = rows.map((r, i) => (i === 49 ? { ...r, title: `"${r.title}` } : r));
  // bookScanCsv quotes a title holding a quote; write the opening quote raw.
  const text = bookScanCsv(broken, 'F').replace(`"""${broken[49]!.title.slice(1)}"`, broken[49]!.title);
  await lab.dropContents([{ name: 'broken.csv', content: text }]);
  await expect(lab.error).toContainText(
    'Row 51 (line 51), column "Title": a quote opens here and is never closed, so the rest of the file (70 more lines) would be read as one value. Close or remove the quote.',
  );
  await expect(lab.error).toContainText('broken.csv');
  await expect(page.getByTestId('quality-report')).toHaveCount(0);
});

test('a UTF-16 export imports like its UTF-8 original', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const text = '\ufeff' + bookScanCsv(rows, 'F');
  await lab.dropContents([{ name: 'utf16.csv', content: Buffer.from(text, 'utf16le') }]);
  await expect(page.getByTestId('quality-report')).toContainText('120 rows read, 0 rejected');
  await expect(lab.error).toHaveCount(0);
});
