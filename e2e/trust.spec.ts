// What the lab trusts in files others hand it: a model file's numbers (a checksum proves integrity,
// not honesty), an Optuna journal that claims the lab's own study, and the built page's
// Content-Security-Policy; the production build carries no development seeding tool.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalChecksum } from '../src/core/canonical-json';
import { LabPage } from './lab-page';

const openModels = (page: Page) => page.getByTestId('tab-models').click();

async function sampleProduct(page: Page, id: string, query = ''): Promise<LabPage> {
  const lab = new LabPage(page);
  await page.goto(`./${query}`);
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById(id);
  await expect(lab.chart).toBeVisible();
  return lab;
}

/** The exported document with `change` applied and its SHA-256 recomputed, as anyone can. */
async function resigned(doc: unknown, change: (d: any) => void): Promise<string> {
  const copy = structuredClone(doc) as any;
  change(copy);
  const { checksum: _c, ...body } = copy;
  copy.checksum = { algorithm: 'SHA-256', value: await canonicalChecksum(body) };
  return JSON.stringify(copy);
}

/** Edited test metrics: an RMSE of 0.01 on the same weeks. */
const editedMetrics = (d: any) => Object.assign(d.content.models[0].model.evaluation.test, { rmse: 0.01, mae: 0.01, mase: 0.001 });
/** No fitted model, no series, 999,999 a week, RMSE 0.5. */
function fabricated(d: any) {
  const entry = d.content.models[0];
  entry.series = null;
  entry.model.fitted = null;
  const f = entry.model.forecast;
  for (const k of ['mean', 'lower80', 'upper80', 'lower95', 'upper95']) f[k] = f[k].map(() => 999_999);
  Object.assign(entry.model.evaluation.test, { rmse: 0.5, mae: 0.5, mase: 0.001 });
}

async function importModel(page: Page, name: string, text: string) {
  await page.getByLabel('Choose model files…').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test("an imported model never becomes champion on its own numbers: re-scored on this browser's data, else unverified until a confirmed choice", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const contextA = await browser.newContext({ acceptDownloads: true });
  const pageA = await contextA.newPage();
  await sampleProduct(pageA, 'tuna-b1');
  await pageA.getByTestId('register-model').click();
  await expect(pageA.getByTestId('register-notice')).toContainText('version 1: champion');
  await openModels(pageA);
  await pageA.getByRole('button', { name: /arima_book_tuna-b1/ }).click();
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByTestId('version-1').getByRole('button', { name: 'Export JSON' }).click()]);
  const doc = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const championRmse = await pageA.getByTestId('version-1').getByTestId('test-rmse').textContent();

  // The product's series is here: both files are re-scored on its champion's test weeks and lose.
  await importModel(pageA, 'edited.json', await resigned(doc, editedMetrics));
  await expect(pageA.getByTestId('models-notice')).toContainText('v2: test metrics recomputed on this browser’s data');
  const v2 = pageA.getByTestId('version-2');
  await expect(v2.getByTestId('role')).toHaveText('challenger (lost)');
  await expect(v2.getByTestId('test-rmse')).not.toHaveText('0.01');
  await expect(v2.getByTestId('unverified')).toHaveCount(0);
  await importModel(pageA, 'fabricated.json', await resigned(doc, fabricated));
  await expect(pageA.getByTestId('models-notice')).toContainText('recorded forecast shown, not recomputed');
  await expect(pageA.getByTestId('models-notice')).toContainText('v3: test metrics recomputed');
  await expect(pageA.getByTestId('version-3').getByTestId('role')).toHaveText('challenger (lost)');
  await expect(pageA.getByTestId('version-1').getByTestId('role')).toHaveText('★ champion');
  await expect(pageA.getByTestId('version-1').getByTestId('test-rmse')).toHaveText(championRmse!);
  await expect(pageA.getByTestId('champion-events').locator('li').last()).toHaveAttribute('title', /^challenger_not_better_by_margin_/);
  await contextA.close();

  // A fresh browser without the data: the first import is champion but unverified; the next cannot win.
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await pageB.goto('./');
  await openModels(pageB);
  await importModel(pageB, 'genuine.json', JSON.stringify(doc));
  await expect(pageB.getByTestId('models-notice')).toContainText('v1: test metrics are the file’s own (unverified): no champion to compare with');
  await pageB.getByRole('button', { name: /arima_book_tuna-b1/ }).click();
  const b1 = pageB.getByTestId('version-1');
  await expect(b1.getByTestId('role')).toHaveText('★ champion');
  await expect(b1.getByTestId('unverified')).toContainText('unverified');
  await importModel(pageB, 'fabricated.json', await resigned(doc, fabricated));
  const b2 = pageB.getByTestId('version-2');
  await expect(b2.getByTestId('role')).toHaveText('challenger (lost)');
  await expect(b2.getByTestId('test-rmse')).toHaveText('0.5');
  await expect(b2.getByTestId('unverified')).toBeVisible();
  const log = pageB.getByTestId('champion-events').locator('li');
  await expect(log.last()).toHaveAttribute('title', 'imported_metrics_unverified');

  // Only a confirmed choice makes it champion; the dialog says whose numbers they are.
  const messages: string[] = [];
  pageB.once('dialog', (d) => (messages.push(d.message()), d.dismiss()));
  await b2.getByRole('button', { name: 'Make champion (unverified)…' }).click();
  await expect.poll(() => messages.length).toBe(1);
  await expect(b2.getByTestId('role')).toHaveText('challenger (lost)');
  expect(messages[0]).toContain('test metrics are the imported file’s own numbers');
  pageB.once('dialog', (d) => d.accept());
  await b2.getByRole('button', { name: 'Make champion (unverified)…' }).click();
  await expect(b2.getByTestId('role')).toHaveText('★ champion');
  await expect(log.last()).toHaveAttribute('title', 'made_unverified_champion_by_hand_2');
  await contextB.close();
});

interface StoredTrial {
  studyKey: string;
  number: number;
  value: number | null;
}
const storedTrials = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<StoredTrial[]>((resolve, reject) => {
        const open = indexedDB.open('shelfcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('trials').objectStore('trials').getAll();
          req.onsuccess = () => (resolve(req.result as StoredTrial[]), open.result.close());
        };
      }),
  );

async function importJournal(page: Page, name: string, text: string) {
  await page.getByTestId('journal-import').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
}

test("a journal carrying the lab's study key with a changed value lands in its own study; merging is a choice; no complete trial is a message", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./?profile=development');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain('tuna-b1');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  await page.getByTestId('progress-tuna-b1').getByRole('button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('journal-export').click()]);
  const journal = readFileSync((await download.path())!, 'utf8');
  const before = await storedTrials(page);
  const labKey = before[0]!.studyKey;

  // The last finished trial's value becomes 0.001.
  const lines = journal.trimEnd().split('\n');
  const finished = lines.map((l, i) => [JSON.parse(l) as { op_code: number; state?: number }, i] as const).filter(([o]) => o.op_code === 6 && o.state === 1);
  const last = finished.at(-1)![1];
  const op = JSON.parse(lines[last]!);
  lines[last] = JSON.stringify({ ...op, values: [0.001] });
  const edited = `${lines.join('\n')}\n`;
  await importJournal(page, 'edited.jsonl', edited);
  await expect(page.getByTestId('studies-notice')).toHaveText(
    `Imported edited.jsonl as a study of its own (${before.length} trials); the lab’s study with the same key is unchanged.`,
  );
  const after = await storedTrials(page);
  expect(after.filter((t) => t.studyKey === labKey)).toEqual(before);
  const own = after.filter((t) => t.studyKey !== labKey);
  expect(own).toHaveLength(before.length);
  expect(own[0]!.studyKey).toMatch(/^imported-[0-9a-f]{16}$/);
  expect(own.find((t) => t.number === op.trial_id)?.value).toBe(0.001);

  // Merging, chosen knowingly, adds only new trial numbers: the stored trial is kept.
  await page.getByTestId('journal-merge').check();
  await importJournal(page, 'edited.jsonl', edited);
  await expect(page.getByTestId('studies-notice')).toHaveText(
    `Merged 0 new trials from edited.jsonl into the lab’s study; ${before.length} trials with numbers it already holds kept as stored. They count in the next training run.`,
  );
  expect((await storedTrials(page)).filter((t) => t.studyKey === labKey)).toEqual(before);
  await page.getByTestId('journal-merge').uncheck();

  // A journal with no complete trial: a message, not a TypeError, and no orphan trials.
  const unfinished = `${lines.filter((l) => JSON.parse(l).op_code !== 6).join('\n')}\n`;
  await importJournal(page, 'unfinished.jsonl', unfinished);
  await expect(page.getByTestId('studies-error')).toHaveText(
    /^unfinished\.jsonl: study "[^"]+" has no complete trial \(\d+ trials, none finished with a value\), so there is nothing to compare or choose; nothing was imported\.$/,
  );
  expect(await storedTrials(page)).toHaveLength(after.length);
});

test('the built page runs under its Content-Security-Policy: import and train one product with no violation', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('./?profile=development');
  const html = await response!.text();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = await meta.getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|blob:|data:/);
  // The policy comes before any script, and no script is inline.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-studies').click();
  await new LabPage(page).chooseToTrain('tuna-b1');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('state-tuna-b1')).toHaveText('done', { timeout: 90_000 });
  await page.getByTestId('tab-models').click();
  await page.getByRole('button', { name: /arima_book_tuna-b1/ }).click();
  await expect(page.getByTestId('version-1').getByTestId('role')).toHaveText('★ champion');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the production build carries no development seeding tool (?demo-history)', async ({ page }) => {
  const dist = fileURLToPath(new URL('../dist/assets/', import.meta.url));
  const scripts = readdirSync(dist).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const seeding = scripts.filter((f) => /demo-history|weeksHeldBack/.test(readFileSync(`${dist}${f}`, 'utf8')));
  expect(seeding, 'built scripts holding the demo-history seed').toEqual([]);
  // And the switch does nothing: the registry stays empty.
  const lab = new LabPage(page);
  await page.goto('./?demo-history');
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await expect(page.getByTestId('dataset-summary')).toContainText('7 products');
  await page.getByTestId('tab-monitoring').click();
  // Loaded (the seed, were it there, runs before the load): nothing was written.
  await expect(page.getByTestId('no-decisions')).toBeVisible();
  const counts = await lab.storedCounts();
  expect([counts.modelVersions ?? 0, counts.championEvents ?? 0, counts.retrainDecisions ?? 0]).toEqual([0, 0, 0]);
});
