// The Data screen end to end: two BookScan-shaped category files dropped together, the quality
// report, a filter change that re-runs only the downstream steps, and the same files again (all cached).
import { expect, test } from '@playwright/test';
import { bookScanCsv, dmy, panelRows } from '../src/test/bookscan';
import { excerpt } from '../src/test/shared-data';
import { LabPage } from './lab-page';

const UCI = 'data/uci-sales-weekly/long.csv';
const fiction = bookScanCsv(panelRows(UCI, ['P1', 'P2', 'P3']), 'F - Adult Fiction');
// Another category, exported with ; and dd/mm/yyyy, ids made distinct from the fiction file's.
const children = bookScanCsv(
  panelRows(UCI, ['P4', 'P5']).map((r) => ({ ...r, isbn: r.isbn.replace(/^97800/, '97801').slice(0, 12) })),
  'Y Children',
  { delimiter: ';', date: dmy },
);

function withCheckDigits(text: string): string {
  return text.replace(/^(97801\d{7});/gm, (_, body: string) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
    return `${body}${(10 - (sum % 10)) % 10};`;
  });
}

test('two category files import together; a filter re-runs only downstream steps', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const files = [
    { name: 'F Adult Fiction.csv', content: fiction },
    { name: 'Y Children.csv', content: withCheckDigits(children) },
  ];
  await lab.dropContents(files);
  const quality = page.getByTestId('quality-report');
  await expect(quality).toContainText('260 rows read, 0 rejected');
  await expect(page.getByTestId('q-products')).toHaveText('5 products kept of 5');
  await expect(quality).toContainText('F Adult Fiction.csv (iso dates), Y Children.csv (dmy dates)');
  await expect(quality).toContainText('ending on Saturday');
  for (const step of ['import', 'prepare', 'quality', 'split']) await expect(lab.stepStatus(step)).toContainText(': ran');
  await expect(page.getByTestId('dataset-summary')).toContainText('5 products');

  await page.getByTestId('filter-top').fill('2');
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('q-products')).toHaveText('2 products kept of 5');
  await expect(lab.stepStatus('import')).toHaveText('import: cached');
  for (const step of ['prepare', 'quality', 'split']) await expect(lab.stepStatus(step)).toContainText(': ran');
  await expect(page.getByTestId('dataset-summary')).toContainText('2 products');

  await page.getByTestId('filter-top').fill('');
  await lab.dropContents(files);
  await expect(page.getByTestId('q-products')).toHaveText('5 products kept of 5');
  for (const step of ['import', 'prepare', 'quality', 'split']) await expect(lab.stepStatus(step)).toHaveText(`${step}: cached`);
});

test('a file with a bad ISBN and a future date reports both rows and keeps the rest', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const rows = panelRows(UCI, ['P6', 'P7'], 5);
  const text = bookScanCsv([...rows, { ...rows[0]!, isbn: '9780000000000' }, { ...rows[1]!, date: '2035-06-02' }], 'T Trade');
  await lab.dropContents([{ name: 'trade.csv', content: text }]);
  await expect(page.getByTestId('quality-report')).toContainText('12 rows read, 2 rejected');
  await page.getByTestId('q-rejected').locator('summary').click();
  await expect(page.getByTestId('q-rejected')).toContainText('Row 12: ISBN-13 "9780000000000" fails its check digit');
  await expect(page.getByTestId('q-rejected')).toContainText('Row 13: 2035-06-02 is in the future.');
});

test('a non-BookScan file asks for its columns once; the same header is then imported without asking', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const tuna = { name: 'tuna.csv', content: excerpt('data/dominicks-tuna/long.csv', ['tuna-b1', 'tuna-b2'], 1) };
  await lab.dropContents([tuna]);
  const dialog = page.getByTestId('mapping-dialog');
  await expect(page.getByTestId('map-id').locator('option:checked')).toHaveText('id');
  await expect(page.getByTestId('map-volume').locator('option:checked')).toHaveText('volume');
  await lab.confirmMapping();
  await expect(page.getByTestId('q-products')).toHaveText('2 products kept of 2');
  await expect(dialog).toHaveCount(0);
  await lab.dropContents([{ ...tuna, name: 'tuna again.csv' }]);
  await expect(lab.stepStatus('import')).toContainText('import: ran');
  await expect(page.getByTestId('quality-report')).toContainText('tuna again.csv');
  await expect(dialog).toHaveCount(0);
});

test('a generic table with Excel serial dates imports its products (issue 15)', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  // id,title,week_ending,volume,… rows of two products, rewritten as sku,date,units with Excel serials.
  const [, ...lines] = excerpt(UCI, ['P1', 'P2']).trim().split('\n');
  const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569;
  const content = ['sku,date,units', ...lines.map((l) => l.split(',')).map(([id, , date, units]) => `${id},${serial(date!)},${units}`)].join('\n');
  await lab.dropContents([{ name: 'serial.csv', content }]);
  await expect(page.getByTestId('map-date').locator('option:checked')).toHaveText('date');
  await lab.confirmMapping();
  await expect(page.getByTestId('q-products')).toHaveText('2 products kept of 2');
  await expect(page.getByTestId('quality-report')).toContainText('serial.csv (excel dates)');
  await expect(lab.productSelect.locator('option')).toHaveText([/^Pick a product/, 'P1 (P1, 52 weeks)', 'P2 (P2, 52 weeks)']);
});

test('cancelling a large import stops it and leaves IndexedDB as it was', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  // ~25 MB built in the page (a real panel's rows repeated), dropped like a file from disk.
  const [header, ...lines] = bookScanCsv(panelRows(UCI, ['P1', 'P2']), 'F').split('\n');
  await page.evaluate(
    ({ header, rows }) => {
      const row = rows + '\n';
      const transfer = new DataTransfer();
      transfer.items.add(new File([header + '\n', row.repeat(2_500)], 'big.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid=drop-zone]')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { header: header!, rows: lines.filter(Boolean).join('\n') },
  );
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('cancel-import').click();
  await expect(lab.error).toContainText('The import was cancelled; nothing was stored.');
  await expect(page.getByTestId('quality-report')).toHaveCount(0);
  // No data is kept; only the history records the run, as cancelled.
  expect(Object.entries(await lab.storedCounts()).filter(([, n]) => n > 0)).toEqual([['runs', 1]]);
  await page.getByTestId('tab-runs').click();
  await expect(page.getByTestId('run-status')).toHaveText('⊘ cancelled');
});
