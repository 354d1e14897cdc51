// The lab is usable with a keyboard and a screen reader: axe finds nothing serious, focus is visible.
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectVisibleFocus, seriousAxeViolations } from './accessibility';
import { LabPage } from './lab-page';

test('axe finds no serious violation on the forecast screen and keyboard focus is visible', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b1');
  await expect(lab.chart).toBeVisible();
  await expectNoSeriousAxeViolations(page);
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
    document.querySelector('main:not([hidden])')!.append(b);
  });
  const found = await seriousAxeViolations(page);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^button-name \(critical, 1×\)/);
});
