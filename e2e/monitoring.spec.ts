// Monitoring and the Runs screen over a 500-product history (two real training runs) built from the
// real M4 weekly panel: they render; Monitoring filters, pages and scrolls without a main-thread task over 100 ms.
import { expect, test, type Page } from '@playwright/test';
import { bookScanCsv, panelPieces } from '../src/test/bookscan';
import { expectAccessibleControls, expectVisibleFocus } from './accessibility';
import { LabPage } from './lab-page';
import { watchLongTasks } from './long-tasks';
import { seedHistory } from './seed-history';

// 500 products of two years each: long enough to train (the UCI panel's single year is not).
const panel = bookScanCsv(panelPieces('data/m4-weekly-dev/long.csv', 500, 104), 'F - Adult Fiction');

test('a 500-product history: monitoring filters and pages without long tasks, runs compare and group their steps', async ({ page }) => {
  // Two real training runs over 500 products are seeded in Node first (minutes under load).
  test.setTimeout(480_000); // the seeded history is two real training runs over 500 products (about a minute at a load of 5)
  await page.setViewportSize({ width: 700, height: 800 });
  const lab = new LabPage(page);
  await page.goto('./');
  await lab.dropContents([{ name: 'm4-500.csv', content: panel }]);
  await expect(page.getByTestId('q-products')).toHaveText('500 products kept of 500', { timeout: 60_000 });
  await seedHistory(page);

  await page.getByTestId('tab-monitoring').click();
  await expect(page.getByTestId('log-count')).toHaveText('1000 of 1000 decisions', { timeout: 120_000 });
  await expect(page.getByTestId('baseline-champions-heading')).toHaveText(/^Products whose champion is a baseline \(\d+\)$/);
  // Only test-id and CSS locators while measuring: Playwright's role queries run in the page and
  // would be counted as the page's own long tasks.
  const expectNoLongTasks = await watchLongTasks(page);

  // Second run: every product had 8 new weeks, so each was judged on them (kept and refitted on them, or degraded).
  const totals = page.getByTestId('run-totals-table').locator('tbody tr');
  await expect(totals).toHaveCount(2);
  await expect(totals.first().locator('td').first()).toHaveText('500');
  await page.getByTestId('filter-outcome').selectOption('refit');
  await expect(page.getByTestId('log-count')).not.toHaveText('1000 of 1000 decisions');
  const kept = Number((await page.getByTestId('log-count').textContent())!.split(' ')[0]);
  expect(kept).toBeGreaterThan(0);
  await expect(page.getByTestId('decision-log').locator('tbody tr')).toHaveCount(Math.min(50, kept));
  await page.getByTestId('filter-outcome').selectOption('all');
  await page.getByTestId('next-page').click();
  await expect(page.locator('.pager span')).toHaveText('Page 2 of 20');
  await expect(page.getByTestId('error-grew').locator('li').first()).toContainText('+');
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600);
  await expectNoLongTasks();

  // The Runs screen is checked for what it shows, not for long tasks: reading two runs of 500
  // products' 3,000 steps each and grouping them takes 200–230 ms on the main thread today (steps
  // stored apart from their run and read on demand is issue 17's work, with 5,000 products).
  await page.getByTestId('tab-runs').click();
  const trainRuns = page.locator('input[type="checkbox"][aria-label^="Compare Training"]');
  await expect(trainRuns).toHaveCount(2);
  await trainRuns.nth(0).check();
  await trainRuns.nth(1).check();
  await expect(page.getByTestId('product-diff').locator('tbody tr')).toHaveCount(50);
  await expect(page.getByTestId('champion-changes')).toContainText('Champion changed for');
  // Newest first: the second training run (seeded after the import) heads the table.
  await page.getByTestId('run-row').first().locator('button.link').click();
  await expect(page.getByTestId('run-detail')).toHaveAttribute('aria-label', /^Run Training · /);
  // 500 products' steps are one group per step (decide, search, evaluate, forecast, register, refit) with its totals, not 500 boxes each.
  await expect(page.getByTestId('graph-step')).toHaveCount(6);
  await expect(page.getByTestId('graph-step').filter({ hasText: 'register ×' })).toHaveCount(1);
  await expectAccessibleControls(page);
  await page.getByTestId('tab-monitoring').click();
  await expect(page.getByTestId('log-count')).toHaveText('1000 of 1000 decisions');
  await expectAccessibleControls(page);
  await page.getByTestId('tab-monitoring').focus();
  await expectVisibleFocus(page, 6);

  // A flagged product opens its page: forecast, versions with the champion marked, history, decisions.
  const flagged = page.getByTestId('error-grew').locator('li').first();
  const id = (await flagged.locator('button').textContent())!.trim();
  await flagged.locator('button').click();
  await expect(page.getByTestId('product-title')).toContainText(id);
  await expect(page.getByTestId('product-chart')).toBeVisible();
  await expect(page.getByTestId('product-quality')).toContainText('weeks filled');
  await expect(page.getByTestId('product-versions').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('product-versions')).toContainText('★ champion');
  await expect(page.getByTestId('product-history').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('product-decisions').locator('li')).toHaveCount(2);
  await expect(page.getByTestId('product-decisions')).toContainText('performance_degraded');
  await expectAccessibleControls(page);
  await page.getByTestId('tab-product').focus();
  await expectVisibleFocus(page, 2);
});
