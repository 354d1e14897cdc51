// The fitted model on the page: coefficients, criteria, accuracy against baselines, family choice,
// and a product whose fit fails, which shows why while the rest of the page keeps working.
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { LabPage } from './lab-page';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

test('a product whose fit fails shows the reason; other products and models still fit', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.dropFile(fixture('one-constant-product.csv'), 'one-constant-product.csv');
  await lab.confirmMapping();
  await expect(page.getByTestId('dataset-summary')).toContainText('2 products');

  await lab.chooseProductById('steady-seller');
  await expect(lab.error).toContainText('The series is constant');
  await expect(lab.error).toContainText('steady-seller');
  await expect(lab.chart).toHaveCount(0);

  await lab.chooseProductById('tuna-b3');
  await expect(lab.error).toHaveCount(0);
  await expect(lab.chart).toBeVisible();
  const coefficients = page.getByTestId('coefficients');
  await expect(coefficients).toContainText('ar1');
  await expect(coefficients).toContainText('intercept');
  await expect(page.getByTestId('aicc')).toHaveText(/^\d[\d,]*(\.\d+)?$/);
  await expect(page.getByTestId('ljung-box-p')).toHaveText(/^0(\.\d+)?$|^1$/);
  const accuracy = page.getByTestId('accuracy-table');
  for (const row of ['This model', 'Naive', 'Seasonal naive', 'Mean']) await expect(accuracy).toContainText(row);

  await page.getByLabel('ARIMA(1,0,1) + Fourier K').check();
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1)+Fourier(K=3) · native');
  await expect(coefficients).toContainText('S1-52');
  await expect(coefficients).toContainText('C3-52');
});

test('a fit past the time limit is stopped, reported, and its worker replaced: the next fit works', async ({ page }) => {
  const lab = new LabPage(page);
  await page.goto('./?fit-timeout-s=2');
  await page.getByTestId('tab-lab').click();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b2');
  await expect(lab.chart).toBeVisible();

  // On the wasm engine, SARIMA with s = 52 takes about 18 s on this product (ARIMA(1,0,1) 20 ms): far past the 2 s limit.
  await page.getByTestId('engine-select').selectOption('wasm');
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · wasm');
  await page.getByLabel('SARIMA(1,0,0)(1,0,0)[52]').check();
  await expect(lab.error).toContainText('The fit took longer than 2 s and was stopped.');
  await expect(lab.chart).toHaveCount(0);

  await page.getByLabel('ARIMA(1,0,1)', { exact: true }).check();
  await expect(lab.error).toHaveCount(0);
  await expect(lab.chart).toBeVisible();
  await expect(page.getByTestId('model-spec')).toHaveText('ARIMA(1,0,1) · wasm');
});
