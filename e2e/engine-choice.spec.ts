// The native engine fits by default; the WASM one refits the open product as a cross-check and
// gives the same model on the sample.
import { expect, test } from '@playwright/test';
import { LabPage } from './lab-page';

test('fits with the native engine by default, and switching to wasm refits with close numbers', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b3');
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · native');
  await expect(page.getByTestId('engine-select')).toHaveValue('native');
  const nativeRmse = Number((await lab.rmse.textContent())!.replace(/,/g, ''));

  await page.getByTestId('engine-select').selectOption('wasm');
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · wasm');
  const wasmRmse = Number((await lab.rmse.textContent())!.replace(/,/g, ''));
  expect(Math.abs(wasmRmse - nativeRmse) / nativeRmse).toBeLessThan(0.01);

  // A stored forecast keeps the engine it was fitted with.
  await page.reload();
  await page.getByTestId('tab-lab').click();
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · wasm');
  await expect(page.getByTestId('engine-select')).toHaveValue('wasm');
});
