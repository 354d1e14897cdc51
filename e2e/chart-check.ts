// What every chart must show a reader (issue 14): labelled axes with round ticks (never "-0"), a
// y-axis title naming the unit, a legend, and a value read out on hover and on the arrow keys.
import { expect, type Page } from '@playwright/test';

/** The tick labels of one axis of the chart `testid`. */
export const tickTexts = (page: Page, testid: string, axis: 'x' | 'y') => page.getByTestId(testid).locator(`text.${axis}-tick`).allTextContents();

/** Asserts the chart's axes: its y title, y ticks evenly stepped numbers, x ticks matching `xTick`. */
export async function expectAxes(page: Page, testid: string, yTitle: string | RegExp, xTick: RegExp) {
  const chart = page.getByTestId(testid);
  await expect(chart.getByTestId('y-title')).toHaveText(yTitle);
  const ys = await tickTexts(page, testid, 'y');
  expect(ys.length).toBeGreaterThanOrEqual(2);
  expect(ys).not.toContain('-0');
  const values = ys.map((t) => Number(t.replace(/,/g, '')));
  expect(values.every(Number.isFinite)).toBe(true);
  const steps = values.slice(1).map((v, i) => v - values[i]!);
  expect(steps.every((s) => s > 0 && Math.abs(s - steps[0]!) < 1e-9)).toBe(true);
  const xs = await tickTexts(page, testid, 'x');
  expect(xs.length).toBeGreaterThanOrEqual(2);
  for (const x of xs) expect(x).toMatch(xTick);
  await expect(chart.locator('xpath=..').getByTestId('chart-legend').first()).toBeVisible();
}

/** Asserts that hovering the chart and moving along it with the keyboard read out values matching `value`. */
export async function expectReadout(page: Page, testid: string, value: RegExp) {
  const readout = page.getByTestId(`${testid}-readout`);
  await expect(readout).toHaveAttribute('aria-live', 'polite');
  const svg = page.getByTestId(testid).locator('svg').first();
  const box = (await svg.boundingBox())!;
  await svg.hover({ position: { x: box.width * 0.6, y: box.height * 0.5 } });
  await expect(readout).toHaveText(value);
  await page.mouse.move(0, 0);
  await expect(readout).not.toHaveText(value);
  await page.getByTestId(`${testid}-focus`).focus();
  await page.keyboard.press('Home');
  await expect(readout).toHaveText(value);
  const first = await readout.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveText(value);
  await expect(readout).not.toHaveText(first!);
}
