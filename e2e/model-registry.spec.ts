// The model registry in Chromium: register the lab's fit, champion and challenger, rollback; share a
// model as JSON between two browsers with nothing in common; every bad file refused, nothing stored.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalChecksum } from '../src/core/canonical-json';
import { expectAccessibleControls } from './accessibility';
import { LabPage } from './lab-page';

const REGISTRY_STORES = ['modelVersions', 'modelAliases', 'championEvents'];

async function sampleProduct(page: Page, id: string): Promise<LabPage> {
  const lab = new LabPage(page);
  await lab.open();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById(id);
  await expect(lab.chart).toBeVisible();
  return lab;
}

async function registerShown(page: Page, expected: RegExp | string) {
  await page.getByTestId('register-model').click();
  await expect(page.getByTestId('register-notice')).toHaveText(expected);
}

const openModels = (page: Page) => page.getByTestId('tab-models').click();

async function registryCounts(lab: LabPage): Promise<number[]> {
  const counts = await lab.storedCounts();
  return REGISTRY_STORES.map((s) => counts[s] ?? 0);
}

/** Every forecast mean the Models screen shows for the open product's champion. */
async function championForecast(page: Page): Promise<string[]> {
  await page.getByTestId('champion-forecast').locator('summary').click();
  return page.getByTestId('forecast-mean').allTextContents();
}

test('register from the forecast screen: champion, a worse challenger, rollback with its log', async ({ page }) => {
  const lab = await sampleProduct(page, 'tuna-b1');
  await registerShown(page, 'Registered arima_book_tuna-b1 version 1: champion. There was no champion yet, so this version became the first champion.');

  // SARIMA(1,0,0)(1,0,0)[52] is worse on this product's 32 held-out weeks, both fitted on the latest 260
  // weeks before them (RMSE ≈ 14,357 vs 14,151 with the native engine).
  await page.getByLabel('SARIMA(1,0,0)(1,0,0)[52]').check();
  await expect(page.getByTestId('model-spec')).toHaveText('SARIMA(1,0,0)(1,0,0)[52] · native');
  await registerShown(page, /version 2: challenger that lost\. The challenger was 1\.\d% worse than the champion on the same weeks; the champion stays\.$/);

  await openModels(page);
  await page.getByRole('button', { name: /arima_book_tuna-b1/ }).click();
  const v1 = page.getByTestId('version-1');
  const v2 = page.getByTestId('version-2');
  await expect(v1.getByTestId('role')).toHaveText('★ champion');
  await expect(v2.getByTestId('role')).toHaveText('challenger (lost)');
  await expect(v1).toContainText('ARIMA(1,0,1) · native');
  await expect(v1.getByTestId('test-rmse')).toHaveText('14,150.53');
  await expect(v1).toContainText('model better by');
  // The lost challenger is judged against the champion on its own test weeks, dates stated, arrow and words agreeing.
  await expect(v2.getByTestId('versus-champion')).toHaveText(
    /^on \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d: RMSE [\d.]+ against v1's [\d.]+, ▲ 1\.\d% higher \(worse\)$/,
  );
  await expect(v1.getByTestId('versus-champion')).toHaveText('–');
  await expect(v1.getByTestId('source')).toHaveText('trained in this browser');

  await v2.getByRole('button', { name: 'Make champion (roll back)' }).click();
  await expect(v2.getByTestId('role')).toHaveText('★ champion');
  await expect(v1.getByTestId('role')).toHaveText('previous champion');
  await v1.getByRole('button', { name: 'Make champion (roll back)' }).click();
  await expect(v1.getByTestId('role')).toHaveText('★ champion');
  const log = page.getByTestId('champion-events').locator('li');
  await expect(log).toHaveCount(4);
  await expect(log.nth(0)).toContainText('v1 became the first champion: There was no champion yet, so this version became the first champion.');
  await expect(log.nth(1)).toContainText(
    /v2 lost as challenger to v1: The challenger was 1\.\d% worse than the champion on the same weeks; the champion stays\./,
  );
  await expect(log.nth(2)).toContainText('rolled back to v2 (was v1): Version 2 was made champion again by hand (a rollback).');
  await expect(log.nth(3)).toContainText('rolled back to v1 (was v2): Version 1 was made champion again by hand (a rollback).');
  // Words for people; the codes stay in the log, beside each line.
  await expect(log.nth(0)).toHaveAttribute('title', 'no_champion');
  await expect(log.nth(1)).toHaveAttribute('title', /^challenger_not_better_by_margin_-1\.\d%$/);
  await expect(log.nth(0)).not.toContainText('no_champion');
  expect(await registryCounts(lab)).toEqual([2, 1, 4]);
  await expectAccessibleControls(page);

  const downloaded = async (button: ReturnType<Page['getByRole']>) => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };
  const csv = await downloaded(v1.getByRole('button', { name: 'Backtest CSV' }));
  const lines = csv.text.trimEnd().split('\n');
  expect([csv.name, lines[0], lines.length]).toEqual(['arima_book_tuna-b1-v1-backtest.csv', 'week_ending,mean,lower80,upper80,lower95,upper95', 33]);
  expect(lines[1]).toMatch(/^1996-09-25,[\d.]+,/);
  const all = await downloaded(page.getByRole('button', { name: 'Export all champions (digests only)' }));
  expect(all.name).toMatch(/^shelfcast-champions-1-product-digests-only-\d{4}-\d\d-\d\d\.shelfcast-model\.json$/);
  const doc = JSON.parse(all.text);
  expect(doc.content.models.map((m: { model: { name: string; version: number }; series: unknown }) => [m.model.name, m.model.version, m.series])).toEqual([
    ['arima_book_tuna-b1', 1, null],
  ]);
});

test('a model exported from one browser imports into a fresh one and forecasts the same numbers; bad files are refused', async ({ browser }) => {
  const contextA = await browser.newContext({ acceptDownloads: true });
  const pageA = await contextA.newPage();
  await sampleProduct(pageA, 'tuna-b3');
  await registerShown(pageA, /version 1: champion/);
  await openModels(pageA);
  await pageA.getByRole('button', { name: /arima_book_tuna-b3/ }).click();
  const forecastA = await championForecast(pageA);
  expect(forecastA).toHaveLength(32);
  const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.getByTestId('version-1').getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toBe('arima_book_tuna-b3-v1.shelfcast-model.json');
  const exported = readFileSync((await download.path())!, 'utf8');
  await contextA.close();

  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  const lab = new LabPage(pageB);
  await lab.open();
  await openModels(pageB);
  const error = pageB.getByTestId('models-error');
  const picker = pageB.getByLabel('Choose model files…');

  const doc = JSON.parse(exported);
  const resigned = async (change: (d: any) => void) => {
    const copy = structuredClone(doc);
    change(copy);
    const { checksum: _c, ...body } = copy;
    copy.checksum = { algorithm: 'SHA-256', value: await canonicalChecksum(body) };
    return JSON.stringify(copy);
  };
  const model = (d: any) => d.content.models[0].model;
  const cases: [string, string, RegExp][] = [
    ['malformed.json', exported.slice(0, 200), /malformed\.json is not valid JSON/],
    ['tampered.json', exported.replace('"weeks": 32', '"weeks": 31'), /tampered\.json was changed after it was exported: its SHA-256 checksum does not match/],
    ['future.json', JSON.stringify({ ...doc, formatVersion: 99 }), /uses model format 99; this version of Shelfcast reads formats up to 3/],
    ['missing.json', await resigned((d) => delete model(d).spec), /missing\.json: content\.models\[0\]\.model\.spec is missing/],
    [
      'negative.json',
      await resigned((d) => (model(d).spec.order.p = -1)),
      /negative\.json: content\.models\[0\]\.model\.spec\.order\.p must be a whole number from 0/,
    ],
    [
      'horizon.json',
      await resigned((d) => (model(d).io.horizon = 10_000)),
      /horizon\.json: content\.models\[0\]\.model\.io\.horizon must be a whole number from 1 to 520/,
    ],
  ];
  for (const [name, text, message] of cases) {
    await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(error).toHaveText(message);
    expect(await registryCounts(lab)).toEqual([0, 0, 0]);
  }

  // 100 MB, made in the page and dropped: refused by its size before anything reads it.
  const dropZone = pageB.getByTestId('model-drop-zone');
  const transfer = await pageB.evaluateHandle(() => {
    const t = new DataTransfer();
    t.items.add(new File([new Uint8Array(100 * 1024 * 1024)], 'huge.json', { type: 'application/json' }));
    return t;
  });
  for (const type of ['dragenter', 'dragover', 'drop']) await dropZone.dispatchEvent(type, { dataTransfer: transfer });
  await expect(error).toHaveText(/huge\.json is 100\.0 MB; a model file may be at most 20 MB, so it was not read/);
  expect(await registryCounts(lab)).toEqual([0, 0, 0]);

  await picker.setInputFiles({ name: 'tuna.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(pageB.getByTestId('models-notice')).toHaveText(
    /Imported arima_book_tuna-b3 v1 \(forecast from its stored engine state; matches the recorded forecast\) from tuna\.json/,
  );
  await expect(error).toHaveCount(0);
  await pageB.getByRole('button', { name: /arima_book_tuna-b3/ }).click();
  await expect(pageB.getByTestId('version-1').getByTestId('role')).toHaveText('★ champion');
  await expect(pageB.getByTestId('version-1').getByTestId('source')).toHaveText(
    /^imported from tuna\.json on \d{4}-\d\d-\d\d \(exported \d{4}-\d\d-\d\d by Shelfcast [\w.-]+ as arima_book_tuna-b3 v1\)$/,
  );
  expect(await championForecast(pageB)).toEqual(forecastA);
  expect(await registryCounts(lab)).toEqual([1, 1, 1]);

  // The same file again: nothing is added, and the person is told which version it already is.
  await picker.setInputFiles({ name: 'tuna.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(pageB.getByTestId('models-notice')).toHaveText('arima_book_tuna-b3 v1 from tuna.json is already registered as v1; nothing was added.');
  await expect(error).toHaveCount(0);
  expect(await registryCounts(lab)).toEqual([1, 1, 1]);

  // Markup in an imported title is shown as text, never as elements.
  const title = '<img src=x onerror="document.title=`owned`"><b>Bold</b> Tuna';
  await picker.setInputFiles({
    name: 'markup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      await resigned((d) => {
        model(d).productTitle = title;
        model(d).productId = 'tuna-markup';
        d.content.models[0].series = null;
      }),
    ),
  });
  await expect(pageB.getByTestId('models-notice')).toHaveText(/Imported arima_book_tuna-markup v1/);
  await pageB.getByRole('button', { name: /arima_book_tuna-markup/ }).click();
  await expect(pageB.getByTestId('model-title')).toHaveText(`${title} (tuna-markup)`);
  await expect(pageB.getByTestId('model-detail').locator('img, b')).toHaveCount(0);
  expect(await pageB.title()).not.toBe('owned');

  // A format-1 file (one model, bare checksum, before units and baselines) is restored and imported.
  await picker.setInputFiles(fileURLToPath(new URL('../src/core/exchange/fixtures/model-v1.json', import.meta.url)));
  await expect(pageB.getByTestId('models-notice')).toHaveText(/Imported arima_book_9780241003008 v1 \(.*\) from model-v1\.json/);
  await contextB.close();
});

test('a full disk while registering: nothing is saved and the person is told', async ({ page }) => {
  // The browser's quota error, raised by the registry's version write once the page asks for it.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'modelVersions' && (window as unknown as { diskFull?: boolean }).diskFull)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const lab = await sampleProduct(page, 'tuna-b3');
  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = true));
  await registerShown(page, /The browser has no room left for this model: nothing was saved/);
  expect(await registryCounts(lab)).toEqual([0, 0, 0]);

  await page.evaluate(() => ((window as unknown as { diskFull?: boolean }).diskFull = false));
  await registerShown(page, /Registered arima_book_tuna-b3 version 1: champion/);
  expect(await registryCounts(lab)).toEqual([1, 1, 1]);
});

test('the decision log lists each product’s decision with its reason and numbers, and the totals', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  // Two decisions as a training run logs them (the run itself is another screen's work).
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shelfcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('retrainDecisions', 'readwrite');
          const at = '2026-11-27T05:00:00.000Z';
          tx.objectStore('retrainDecisions').add({
            recordVersion: 1,
            productId: 'tuna-b1',
            runId: 'r1',
            decision: 'reuse',
            reason: 'model_still_valid',
            numbers: { dataChange: 'appended', newWeeks: 1, recentRmse: 1234.5678 },
            outcome: 'reused',
            savedMs: 45_000,
            at,
          });
          tx.objectStore('retrainDecisions').add({
            recordVersion: 1,
            productId: 'tuna-b2',
            runId: 'r1',
            decision: 'retrain',
            reason: 'performance_degraded_37.6%',
            numbers: { rmseChange: 0.376 },
            outcome: 'retrained',
            savedMs: 0,
            at,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await openModels(page);
  await expect(page.getByTestId('decision-totals')).toHaveText('2 decisions: 1 reused, 1 retrained, 0 failed; training time saved 45.0 s');
  const rows = page.getByTestId('decisions').locator('tbody tr');
  await expect(rows.nth(0)).toContainText('tuna-b2retrainperformance_degraded_37.6%rmseChange=0.376retrained');
  await expect(rows.nth(1)).toContainText('tuna-b1reusemodel_still_validdataChange=appended, newWeeks=1, recentRmse=1235reused');
});
