// The lab is usable with a keyboard and a screen reader: names on every control, visible focus.
import { expect, test } from '@playwright/test';
import { expectAccessibleControls, expectVisibleFocus } from './accessibility';
import { LabPage } from './lab-page';

test('every control on the forecast screen has a name and keyboard focus is visible', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await expectAccessibleControls(page);
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b1');
  await expect(lab.chart).toBeVisible();
  await expectAccessibleControls(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await expectVisibleFocus(page, 3);
});

test('the product can be chosen and forecast with the keyboard alone', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  // The button is disabled while the page restores its stored state; a keyboard user presses it once it is enabled.
  const sample = page.getByRole('button', { name: /sample dataset/ });
  await expect(sample).toBeEnabled();
  await sample.focus();
  await page.keyboard.press('Enter');
  await expect(lab.productSelect).toBeEnabled();
  await lab.productSelect.focus();
  await page.keyboard.press('ArrowDown');
  await expect(lab.chart).toBeVisible();
});

test('the accessibility check itself catches an unlabelled control', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.dataset.testid = 'nameless';
    document.body.append(b);
  });
  const { unlabelledControls } = await import('./accessibility');
  expect(await unlabelledControls(page)).toEqual(['button[nameless]']);
});
