// Either engine can fit the open product; the native one gives the same model on the sample.
import { expect, test } from '@playwright/test';
import { LabPage } from './lab-page';

test('switching the engine refits the product with the native estimator and close numbers', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b3');
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · wasm');
  const wasmRmse = Number((await lab.rmse.textContent())!.replace(/,/g, ''));

  await page.getByTestId('engine-select').selectOption('native');
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · native');
  const nativeRmse = Number((await lab.rmse.textContent())!.replace(/,/g, ''));
  expect(Math.abs(nativeRmse - wasmRmse) / wasmRmse).toBeLessThan(0.01);

  await page.reload();
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · native');
  await expect(page.getByTestId('engine-select')).toHaveValue('native');
});
