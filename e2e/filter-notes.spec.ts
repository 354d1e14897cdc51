// The "Original pipeline" preset on 1990s data keeps nothing: the page says which filter removed
// the products and where the data ends, and offers to clear each filter.
import { expect, test } from '@playwright/test';

test('the original preset on the 1990s sample says why no product was kept, and clearing its filters brings them back', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('tab-lab').click();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByRole('button', { name: /^Original pipeline/ }).click();
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('error')).toContainText(
    'No product is left after the filters. “Still selling after 2024-07-01” removed 7 products: no sale on or after that date (the data ends 1997-',
  );
  await expect(page.getByTestId('clear-offers').getByRole('button')).toHaveText(['Clear “Still selling after 2024-07-01”', 'Clear “From 2012-01-01”']);
  await page.getByTestId('clear-stillSellingAfter').click();
  await expect(page.getByTestId('error')).toContainText('The date range (from 2012-01-01) removed 7 products: no rows inside it (the data runs 1989-');
  await page.getByTestId('clear-dateRange').click();
  await expect(page.getByTestId('error')).toHaveCount(0);
  await expect(page.getByTestId('q-products')).toHaveText('7 products kept of 7');
  await expect(page.getByTestId('filter-from')).toHaveValue('');
  await expect(page.getByTestId('filter-selling')).toHaveValue('');
});
