// The "Original pipeline" preset on 1990s data keeps nothing: the report says which filter removed
// the products and where the data ends, and offers to clear that filter.
import { expect, test } from '@playwright/test';

test('the original preset on the 1990s sample says why 0 products were kept, and clearing its filters brings them back', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('tab-lab').click();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByRole('button', { name: /^Original pipeline/ }).click();
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('q-products')).toHaveText('0 products kept of 7');
  await expect(page.getByTestId('q-filter-stillSellingAfter')).toContainText('“Still selling after 2024-07-01” removed 7 products: no sale on or after that date (the data ends');
  await page.getByTestId('clear-stillSellingAfter').click();
  await expect(page.getByTestId('q-filter-dateRange')).toContainText('The date range (from 2012-01-01) removed 7 products: no rows inside it');
  await page.getByTestId('clear-dateRange').click();
  await expect(page.getByTestId('q-products')).toHaveText('7 products kept of 7');
  await expect(page.getByTestId('filter-from')).toHaveValue('');
});
