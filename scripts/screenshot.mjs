#!/usr/bin/env node
// Regenerates docs/screenshot.png for the README: the sample dataset, one product forecast.
// Usage: npm run build && npx vite preview --port 4175 & node scripts/screenshot.mjs
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4175/';
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1100, height: 820 } });
await page.goto(url);
await page.getByRole('button', { name: /sample dataset/ }).click();
await page.getByTestId('product-select').selectOption('tuna-b1');
await page.getByTestId('forecast-chart').waitFor();
await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
await browser.close();
console.log('wrote docs/screenshot.png');
