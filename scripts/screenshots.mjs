#!/usr/bin/env node
// Regenerates docs/screens/*.png, the README's pictures of every screen at 1280 and 390 px: the
// bundled sample, one product trained (development profile) and the demo history (two seeded training
// runs), so Runs, Models, Forecast and Monitoring have records to show. Each picture is the window,
// not the whole page, scrolled to the part of the screen worth seeing.
// The demo history is a development tool (the production build has none), so this drives the dev server.
// Usage: npm start &   then   node scripts/screenshots.mjs [http://127.0.0.1:5173/]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:5173/';
const out = 'docs/screens';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
/** Per tab (by test id), what to scroll to the top of the window before the picture; else the page top. */
const SCROLL_TO = {
  'tab-lab': '[aria-label="Forecast"]',
  'tab-studies': '[data-testid="study-summary"]',
};
/** Per tab, what shows it has read its records from IndexedDB; else its screen showing is enough. */
const READY = {
  'tab-models': '[data-testid="registered-products"] li',
  'tab-catalogue': '[data-testid="catalogue-row"]',
  'tab-runs': '[data-testid="run-row"]',
  'tab-monitoring': '[data-testid="decision-log"] tbody tr',
};
const SETTLE = { timeout: 300_000 };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);

async function shoot(page, file, scrollTo) {
  if (scrollTo)
    await page
      .locator(scrollTo)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // let the scroll land before the picture
  await page.screenshot({ path: `${out}/${file}.png` });
  console.log(`wrote ${out}/${file}.png`);
}

for (const { name, width, height } of WIDTHS) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(new URL('./?profile=development&demo-history#lab', base).href);
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await page.getByTestId('product-select').selectOption('tuna-b1');
  await page.getByTestId('forecast-chart').waitFor(SETTLE);
  await page.getByTestId('tab-monitoring').click();
  await page
    .getByTestId('log-count')
    .filter({ hasText: /^[1-9]\d* of/ })
    .waitFor(SETTLE);
  await page.getByTestId('tab-studies').click();
  await page.getByTestId('train-picker-input').fill('tuna-b1');
  await page.getByTestId('train-picker').locator('[role="option"][data-id="tuna-b1"]').click();
  await page.getByTestId('train-picker-input').press('Escape');
  await page.getByTestId('train').click();
  await page.getByTestId('state-tuna-b1').filter({ hasText: 'done' }).waitFor(SETTLE);
  await page.getByTestId('progress-tuna-b1').getByRole('button').click();
  await page.getByTestId('trial-table').waitFor(SETTLE);

  const tabs = page.getByRole('tablist', { name: 'Screens' }).getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i++) {
    const id = (await tabs.nth(i).getAttribute('data-testid')) ?? `tab-${i + 1}`;
    await tabs.nth(i).click();
    await page
      .locator(READY[id] ?? 'main:not([hidden])')
      .first()
      .waitFor(SETTLE);
    await page.waitForTimeout(1_000); // and let the rest of the screen's records render
    await shoot(page, `${id.replace(/^tab-/, '')}-${name}`, SCROLL_TO[id]);
  }

  await page.getByTestId('tab-monitoring').click();
  await page.getByTestId('error-grew').getByRole('button').first().click();
  await page.getByTestId('product-versions').waitFor(SETTLE);
  await shoot(page, `product-page-${name}`, '[data-testid="product-title"]');

  await page.getByTestId('tab-models').click();
  await page.getByTestId('registered-products').getByRole('button').first().click();
  await page.getByTestId('versions').waitFor(SETTLE);
  await shoot(page, `model-versions-${name}`, '[data-testid="model-detail"]');
  await context.close();
}
await browser.close();
