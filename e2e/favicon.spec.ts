// The page names its icon, and the icon loads: no 404 for /favicon.ico on every visit.
import { expect, test } from '@playwright/test';

test('the favicon is linked, loads as SVG, and no request 404s on load', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Shelfcast' })).toBeVisible();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/favicon\.svg$/);
  const icon = await page.request.get(new URL(href!, page.url()).href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(missing).toEqual([]);
});
