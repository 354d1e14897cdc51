// The Runs screen end to end: the same file dropped twice is two import runs, the second all
// cached; a run's graph opens an artifact's lineage; deleting the dataset leaves the lineage whole;
// a training run's registered version traces back to the CSV file by name. A 55-product training
// run's graph groups its steps; run compare counts and words its changes.
import { expect, test, type Page } from '@playwright/test';
import type { RunProductResult, RunRecord } from '../src/core/runs/run-record';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { fiftyFiveProductPaths, productIdAt, trainingRunSteps } from '../src/test/training-run-steps';
import { expectAccessibleControls, expectVisibleFocus } from './accessibility';
import { LabPage } from './lab-page';

const fiction = bookScanCsv(panelRows('data/uci-sales-weekly/long.csv', ['P1', 'P2', 'P3']), 'F - Adult Fiction');
const files = [{ name: 'fiction.csv', content: fiction }];

test('the same file dropped twice shows as a run that ran and a run whose steps were all cached', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.dropContents(files);
  await expect(lab.stepStatus('split')).toContainText(': ran');
  await lab.dropContents(files);
  await expect(lab.stepStatus('split')).toHaveText('split: cached');

  await page.getByTestId('tab-runs').click();
  const table = page.getByTestId('runs-table');
  await expect(table.locator('caption')).toHaveText('fiction.csv: 2 runs');
  // Newest first: the second drop, all four steps cached.
  await expect(table.getByTestId('run-totals')).toHaveText(['4 cached', '4 ran']);
  await expect(table.getByTestId('run-status').first()).toContainText('completed');

  await table
    .getByRole('button', { name: /^Import · fiction\.csv · / })
    .first()
    .click();
  for (const step of ['import', 'prepare', 'quality', 'split']) await expect(page.getByTestId(`run-step-${step}`)).toHaveText(`${step}: cached`);
  await expect(page.getByTestId('graph-step')).toHaveCount(4);

  await page.getByRole('button', { name: /^Artifact splits/ }).click();
  const panel = page.getByTestId('artifact-panel');
  await expect(panel.getByTestId('artifact-produced-by').locator('li')).toHaveCount(2);
  await expect(panel.getByTestId('artifact-lineage')).toContainText('prepare output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('import output');
  await expect(panel.getByTestId('artifact-lineage')).toContainText('file fiction.csv');

  await page
    .getByRole('checkbox', { name: /^Compare Import/ })
    .first()
    .check();
  await page
    .getByRole('checkbox', { name: /^Compare Import/ })
    .nth(1)
    .check();
  await expect(page.getByTestId('run-compare')).toContainText('Comparing 2 runs');
  await expect(page.getByTestId('config-diff')).toContainText('Same configuration.');

  await expectAccessibleControls(page);
  await page.getByTestId('tab-runs').focus();
  await expectVisibleFocus(page, 8);

  page.once('dialog', (d) => void d.accept());
  await page.getByText('Datasets (1)').click();
  await page.getByTestId('delete-dataset').click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted the dataset' })).toBeVisible();
  // The run stays open; its split artifact now reads as deleted, its lineage still reaches the file.
  await page.getByRole('button', { name: /^Artifact split \(deleted\)/ }).click();
  await expect(panel.getByTestId('artifact-deleted')).toBeVisible();
  await expect(panel.getByTestId('artifact-lineage')).toContainText('file fiction.csv');
  expect((await lab.storedCounts()).datasets).toBe(0);
});

const trainingRun = (name: string, startedAt: string, products: RunProductResult[], steps: RunRecord['steps'] = []): RunRecord => ({
  id: name,
  name,
  experiment: 'oj-bookscan.csv',
  kind: 'train',
  datasetId: 'ds',
  config: { profile: 'production' },
  configSources: { profile: 'panel' },
  startedAt,
  endedAt: startedAt,
  status: 'completed',
  steps,
  products,
  recordVersion: 1,
});
const WEEKS = { start: '2026-01-03', end: '2026-08-08' };
const trained = (productId: string, rmse: number, championChanged: boolean, testWindow = WEEKS): RunProductResult => ({
  productId,
  decision: 'retrain',
  reason: 'no_existing_model',
  modelVersion: 1,
  championChanged,
  metrics: { rmse },
  testWindow,
  trainingMs: 10,
  savedMs: 0,
});

/** Writes finished runs, as the training pipeline stores them, into the lab's database once the page has made it. */
async function seedRuns(page: Page, runs: RunRecord[]) {
  const lab = new LabPage(page);
  await lab.open();
  await expect.poll(async () => Object.keys(await lab.storedCounts())).toContain('runs');
  await page.evaluate(
    (runs) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shelfcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('runs', 'readwrite');
          for (const run of runs) tx.objectStore('runs').put(run);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    runs,
  );
  await page.getByTestId('tab-runs').click();
}

test('a 55-product training run shows every step grouped by kind, with edges, and one product on demand', async ({ page }) => {
  const steps = trainingRunSteps(fiftyFiveProductPaths);
  await seedRuns(page, [trainingRun('Training · oj-bookscan.csv', '2026-12-02T00:08:00Z', [], steps)]);
  await page.getByRole('button', { name: 'Training · oj-bookscan.csv' }).click();

  // All 273 steps are counted, none cut off: five kinds, their totals in words and in the graph.
  await expect(page.getByTestId('run-steps').locator('li')).toHaveText([
    'decide ×55 · 55 ran',
    'search ×55 · 53 ran · 2 failed',
    'evaluate ×55 · 53 ran · 2 not run',
    'forecast ×53 · 53 ran',
    'register ×55 · 53 ran · 2 not run',
  ]);
  const overview = page.getByTestId('step-graph').first();
  await expect(overview.getByTestId('graph-step')).toHaveCount(5);
  await expect(overview.getByTestId('graph-edge')).toHaveCount(10);
  await expect(page.getByText(/first \d+ of/)).toHaveCount(0);
  expect(await clippedTexts(page)).toEqual([]);

  // Keyboard only: from the graph's box to the product picker, the failed product first; then into its chain and an artifact.
  await overview.locator('xpath=..').focus();
  // The run's one dataset is its own box, inspectable; then the product picker.
  await page.keyboard.press('Tab');
  await expect(overview.getByTestId('graph-artifact')).toBeFocused();
  await page.keyboard.press('Tab');
  const picker = page.getByTestId('graph-product');
  await expect(picker).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue(productIdAt(10));
  const product = page.getByTestId('product-steps');
  await expect(product.getByRole('heading')).toHaveText(productIdAt(10));
  await expect(product.locator('li')).toHaveText([
    'decide: ran — retrain: no_existing_model',
    'search: failed — The series is too short for the validation and test windows',
    'evaluate: not-run',
    'register: not-run',
  ]);
  await expect(product.getByTestId('graph-step')).toHaveCount(4);
  await expect(product.getByTestId('graph-edge')).toHaveCount(5);

  await picker.selectOption(productIdAt(0));
  await expect(product.getByTestId('graph-step')).toHaveCount(5);
  await expect(product.getByTestId('graph-artifact')).toHaveCount(4);
  await expect(product.getByTestId('graph-edge')).toHaveCount(9);
  await product.getByTestId('step-graph').locator('xpath=..').focus();
  await page.keyboard.press('Tab');
  await expect(product.getByTestId('graph-artifact').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('artifact-panel')).toBeVisible();
  expect(await clippedTexts(page)).toEqual([]);
  await expectAccessibleControls(page);

  // At 390 px the graph scrolls in its own box; the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await overview.locator('xpath=..').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
});

test('run compare counts the champions changed in the later run, and its arrows agree with the words', async ({ page }) => {
  // The first run gave every product its first champion; the next changed one (P2) and moved the errors.
  await seedRuns(page, [
    trainingRun('first training', '2026-12-01T00:00:00Z', [
      trained('P1', 27.19, true),
      trained('P2', 10, true),
      trained('P3', 4, true),
      trained('P4', 2, true),
    ]),
    trainingRun('next training', '2026-12-02T00:00:00Z', [
      trained('P1', 25.19, false),
      trained('P2', 12.5, true),
      trained('P3', 4.001, false),
      trained('P4', 3, false, { start: '2026-01-10', end: '2026-08-15' }),
    ]),
  ]);
  await page.getByRole('checkbox', { name: 'Compare first training' }).check();
  await page.getByRole('checkbox', { name: 'Compare next training' }).check();
  await expect(page.getByTestId('champion-changes')).toHaveText('Champion changed for 1 product in next training: P2.');
  // Lower RMSE is better: down and "better"; up is "worse"; a change that rounds to nothing is the same.
  // P4's second error is on later weeks (a week was appended): not compared, and the page says why.
  await expect(page.getByTestId('metric-change')).toHaveText(['▼ −2.00 better', '▲ +2.50 worse', '= 0.00 same', 'not compared: different test weeks']);
});

/** Texts in the step graphs that run past their box (none should: boxes are sized to their text). */
function clippedTexts(page: Page): Promise<string[]> {
  return page.getByTestId('step-graph').evaluateAll((svgs) =>
    svgs.flatMap((svg) =>
      Array.from(svg.querySelectorAll('g')).flatMap((g) => {
        const rect = g.querySelector('rect')?.getBBox();
        if (!rect) return [];
        return Array.from(g.querySelectorAll('text'))
          .filter((t) => {
            const b = t.getBBox();
            return b.x < rect.x || b.y < rect.y || b.x + b.width > rect.x + rect.width || b.y + b.height > rect.y + rect.height;
          })
          .map((t) => t.textContent ?? '');
      }),
    ),
  );
}

test('a trained product’s registered version traces back through study, series and dataset to the CSV file (issue 13)', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.trainSampleProduct('tuna-b1');
  await page.getByTestId('tab-runs').click();
  // Import and training of one file are one experiment, each run named for people.
  const table = page.getByTestId('runs-table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('caption')).toHaveText('dominicks-tuna.csv: 2 runs');
  await table.getByRole('button', { name: /^Training · dominicks-tuna\.csv · development · \d+ \w{3} \d\d:\d\d$/ }).click();

  await page.getByRole('button', { name: /^Artifact arima_book_tuna-b1 v1 / }).click();
  const panel = page.getByTestId('artifact-panel');
  await expect(panel.getByTestId('artifact-title')).toHaveText('Registered version arima_book_tuna-b1 v1');
  await expect(panel.getByTestId('artifact-deleted')).toHaveCount(0);
  await expect(panel.getByTestId('artifact-models')).toHaveText('arima_book_tuna-b1 v1 — champion');
  const chain = panel.getByTestId('artifact-lineage').getByRole('button');
  await expect(chain).toHaveText([
    /^study tuna-b1 \(search output\)/,
    /^series tuna-b1 \(decide output\)/,
    /^weekly-series \(prepare output\)/,
    /^sales-rows \(import output\)/,
    /^file dominicks-tuna\.csv/,
  ]);

  // The study is stored (not "deleted with its dataset") and the version was built from it.
  await chain.first().click();
  await expect(panel.getByTestId('artifact-title')).toContainText('Study');
  await expect(panel.getByTestId('artifact-deleted')).toHaveCount(0);
  await expect(panel.getByTestId('artifact-models')).toHaveText('arima_book_tuna-b1 v1 — champion');
  // On up to the file: the CSV by its name, not the product's id.
  await panel
    .getByTestId('artifact-lineage')
    .getByRole('button', { name: /^file dominicks-tuna\.csv/ })
    .click();
  await expect(panel.getByTestId('artifact-title')).toHaveText('Source file dominicks-tuna.csv');
});

test('a filter that leaves no product adds no dataset and no experiment (issue 13)', async ({ page }) => {
  await page.goto('./?profile=development');
  await page.getByTestId('tab-lab').click();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('filter-search').fill('no such product');
  await page.getByTestId('apply-filters').click();
  await expect(page.getByTestId('error')).toContainText('No product is left after the filters');
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-runs').click();
  await expect(page.getByTestId('runs-table').locator('caption')).toHaveText(['dominicks-tuna.csv: 2 runs']);
  await expect(page.getByText('Datasets (1)')).toBeVisible();
});
