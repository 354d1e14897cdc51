// A run whose tab is closed mid-import is shown as interrupted in the next tab (its Web Lock went
// with the tab), while the runs that finished keep their status.
import { expect, test } from '@playwright/test';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const all = Array.from({ length: 811 }, (_, i) => `P${i + 1}`);
const panel = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', all), 'F - Adult Fiction');
// Ten copies of the panel's rows (summed as duplicates): a file big enough to close the tab mid-import.
const big = panel + panel.split('\n').slice(1).join('\n').repeat(9);

test('closing the tab during an import leaves a run shown as interrupted', async ({ context }) => {
  test.setTimeout(180_000); // building the ten-panel file in the page alone takes a minute at a load of 20
  const first = new LabPage(await context.newPage());
  await first.open();
  await first.dropContents([{ name: 'small.csv', content: bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2']), 'F') }]);
  await expect(first.stepStatus('split')).toContainText(': ran');
  await first.dropContents([{ name: 'big.csv', content: big }]);
  await expect(first.page.getByTestId('import-progress')).toBeVisible();
  await first.page.close();

  const next = new LabPage(await context.newPage());
  await next.open();
  await next.page.getByTestId('tab-runs').click();
  const statuses = next.page.getByTestId('run-status');
  await expect(statuses).toHaveCount(2);
  await expect(next.page.getByTestId('runs-table').filter({ hasText: 'big.csv' }).getByTestId('run-status')).toHaveText('⚠ interrupted');
  await expect(next.page.getByTestId('runs-table').filter({ hasText: 'small.csv' }).getByTestId('run-status')).toHaveText('✓ completed');
});
