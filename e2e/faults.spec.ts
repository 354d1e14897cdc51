// Fault injection in the real browser (issue 16): a worker killed mid-call, storage filled for real,
// an upgrade blocked by another tab, a database from a newer lab, an empty database. Each ends in a
// message that says what is wrong and what to do, and nothing is half-written.
import { expect, test, type Page, type Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { canonicalChecksum } from '../src/core/canonical-json';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const UCI = 'data/uci-sales-weekly/long.csv';
const csvOf = (ids: string[]) => bookScanCsv(panelRows(UCI, ids, 60), 'F');
const notice = (page: Page) => page.getByTestId('newer-version');

/** Nonzero store counts but the run log (a failed import is still a recorded run). */
async function kept(lab: LabPage): Promise<[string, number][]> {
  return Object.entries(await lab.storedCounts()).filter(([name, n]) => n > 0 && name !== 'runs');
}

/**
 * Fills the origin's storage for real under a 40 MB quota, in a database of its own: blobs of each
 * size in turn until the browser refuses one, so what is left is less than the smallest size.
 * Returns how many of the largest blobs were written.
 */
async function fillStorage(page: Page, sizes: number[], leave = 0): Promise<number> {
  const quota = 40 * 1024 * 1024;
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: quota });
  return page.evaluate(
    async ({ sizes, stopAt }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('filler', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      let n = 0;
      let key = 0;
      for (const size of sizes) {
        for (let tries = 0; tries < 400; tries++) {
          const written = await new Promise<boolean>((resolve) => {
            const tx = db.transaction('blobs', 'readwrite');
            // Random bytes: IndexedDB compresses large values, and a pattern would take no room.
            const bytes = new Uint8Array(size);
            for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(bytes.length, at + 65536)));
            tx.objectStore('blobs').put(bytes, key++);
            tx.oncomplete = () => resolve(true);
            tx.onabort = tx.onerror = () => resolve(false);
          });
          if (!written) break;
          if (size === sizes[0]) n++;
          if (stopAt && ((await navigator.storage.estimate()).usage ?? 0) >= stopAt) break;
        }
      }
      db.close();
      return n;
    },
    { sizes, stopAt: leave ? quota - leave : 0 },
  );
}

test('a data worker killed during an import fails it at once with the reason; the next import runs on a new worker', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await lab.dropContents([{ name: 'first.csv', content: csvOf(['P1']) }]);
  await expect(page.getByTestId('dataset-summary')).toContainText('1 product');
  const before = await kept(lab);
  const worker = page.workers().find((w) => w.url().includes('data.worker'));
  expect(worker).toBeDefined();
  // The next message the worker gets closes it without an answer: a death with no event at all.
  await worker!.evaluate(() => {
    self.addEventListener(
      'message',
      (e) => {
        if ((e.data as { shelfcastWorkerLife?: string })?.shelfcastWorkerLife) return;
        e.stopImmediatePropagation();
        self.close();
      },
      { capture: true },
    );
  });
  await lab.dropContents([{ name: 'second.csv', content: csvOf(['P2']) }]);
  await expect(lab.error).toContainText('The import failed: The data worker stopped unexpectedly; it was restarted, so try again.', { timeout: 10_000 });
  await expect(page.getByRole('button', { name: /sample dataset/ })).toBeEnabled();
  expect(await kept(lab)).toEqual(before);
  await lab.dropContents([{ name: 'second.csv', content: csvOf(['P2']) }]);
  await expect(page.getByTestId('quality-report')).toContainText('52 rows read');
  await expect(page.getByTestId('quality-report')).toContainText('second.csv');
  await expect(lab.error).toHaveCount(0);
});

/**
 * Makes `worker` close itself instead of sending its next message: the call it is answering never
 * gets its answer, a death with no event while the page waits. (Closing on the next message it gets
 * is not enough here: comlink's listener, added first, runs the fit and replies before the worker
 * is gone, so the worker dies idle and no fit fails.)
 */
async function closeInsteadOfNextReply(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    (self as unknown as { postMessage: () => void }).postMessage = () => self.close();
  });
}

const isFitWorker = (worker: Worker) => worker.evaluate(() => self.name === 'shelfcast-fit').catch(() => false);

/**
 * Arms the fit worker alive now, or if the pool has ended it while idle, the next one it starts, so
 * the next training fit runs into a dead worker. Once: its replacement is left alone.
 */
async function killNextFit(page: Page): Promise<void> {
  let armed = false;
  const arm = async (worker: Worker) => {
    if (armed || !(await isFitWorker(worker)) || armed) return;
    armed = true;
    await closeInsteadOfNextReply(worker);
  };
  for (const worker of page.workers()) await arm(worker);
  if (!armed) page.on('worker', (worker) => void arm(worker).catch(() => {}));
}

test('a fit worker killed during training fails that fit at once with the reason; the study goes on and the next run trains', async ({ page }) => {
  test.setTimeout(300_000);
  const lab = new LabPage(page);
  await lab.trainSampleProduct('tuna-b1');
  // A product with no study yet, so the run fits trials.
  await page.getByTestId('clear-chosen').click();
  await lab.chooseToTrain('tuna-b2');
  // Its study open, as a person watching it has it: the trials appear in the table as they end.
  await lab.pickProduct('study-product', 'tuna-b2');
  await killNextFit(page);
  const started = Date.now();
  await page.getByTestId('train').click();
  const failed = page.getByTestId('trial-table').getByTestId('trial-row').filter({ hasText: 'failed' });
  await expect(failed).toContainText('fit-failed: The worker running this fit stopped unexpectedly; it was replaced.', { timeout: 30_000 });
  // Known at once, not at the 60 s fit limit.
  expect(Date.now() - started).toBeLessThan(30_000);
  await expect(page.getByTestId('state-tuna-b2')).toHaveText('done', { timeout: 120_000 });
  await expect(page.getByText(/took longer than/)).toHaveCount(0);
  // The next run trains on the replacement.
  await page.getByTestId('clear-chosen').click();
  await lab.chooseToTrain('tuna-b3');
  await lab.pickProduct('study-product', 'tuna-b3');
  await page.getByTestId('train').click();
  await expect(page.getByTestId('state-tuna-b3')).toHaveText('done', { timeout: 120_000 });
  await expect(page.getByTestId('progress-tuna-b3')).not.toContainText(' 0 / ');
  await expect(page.getByTestId('trial-table').getByTestId('trial-row').first()).toBeVisible();
  await expect(page.getByText('stopped unexpectedly')).toHaveCount(0);
  await expect(page.getByTestId('studies-error')).toHaveCount(0);
});

test('an import into full storage says the storage is full and stores nothing', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const filled = await fillStorage(page, [2 * 1024 * 1024, 256 * 1024, 16 * 1024, 1024]);
  expect(filled).toBeGreaterThan(0);
  expect(filled).toBeLessThan(100);
  await lab.dropContents([{ name: 'full.csv', content: csvOf(['P1', 'P2', 'P3']) }]);
  await expect(lab.error).toContainText("The browser's storage for this site is full");
  await expect(lab.error).toContainText('nothing from this step was kept');
  expect(await kept(lab)).toEqual([]);
});

test('a forecast fitted into full storage stays shown and says it was not saved, and nothing of it is stored', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  await page.getByRole('button', { name: /sample dataset/ }).click();
  await lab.chooseProductById('tuna-b1');
  await expect(lab.chart).toBeVisible();
  const before = await lab.storedCounts();
  expect(before.models).toBe(1);
  await fillStorage(page, [2 * 1024 * 1024, 256 * 1024, 16 * 1024, 1024]);
  await lab.chooseProductById('tuna-b2');
  await expect(lab.error).toContainText("This forecast was not saved: The browser's storage for this site is full");
  await expect(lab.error).toContainText('The forecast shown is not stored');
  await expect(lab.error).toContainText('tuna-b2');
  await expect(lab.chart).toBeVisible();
  expect(await lab.storedCounts()).toEqual(before);
});

/** Runs `body` in a second page of the same origin that is not the lab (an "other tab"). */
async function otherTab(page: Page) {
  const other = await page.context().newPage();
  await other.route('**/other-tab.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>other tab</title>' }));
  await other.goto('./other-tab.html');
  return other;
}

test('an upgrade blocked by an older tab says to close it, and goes on once it is closed', async ({ page }) => {
  const other = await otherTab(page);
  // An older lab (version 4) that holds its connection and never steps aside.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shelfcast', 4);
        open.onupgradeneeded = () => {
          // The stores a version-4 lab has (their key paths do not matter to this test).
          for (const name of [
            'datasets',
            'series',
            'models',
            'settings',
            'artifacts',
            'payloads',
            'mappings',
            'modelVersions',
            'modelAliases',
            'championEvents',
            'retrainDecisions',
            'runs',
          ])
            open.result.createObjectStore(name, { keyPath: 'key' });
        };
        open.onsuccess = () => {
          (globalThis as { held?: IDBDatabase }).held = open.result;
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto('./');
  await expect(notice(page)).toContainText('another tab of the lab holds it open. Close that tab');
  await other.evaluate(() => (globalThis as { held?: IDBDatabase }).held!.close());
  await expect(notice(page)).toHaveCount(0);
  // The upgrade ran: the version-5 stores are there.
  expect(Object.keys(await new LabPage(page).storedCounts())).toEqual(expect.arrayContaining(['studies', 'trials']));
});

test('a database saved by a newer lab says so and asks for a reload', async ({ page }) => {
  const other = await otherTab(page);
  await other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('shelfcast', 99);
        open.onupgradeneeded = () => open.result.createObjectStore('from-the-future');
        open.onsuccess = () => (open.result.close(), resolve());
      }),
  );
  await other.close();
  await page.goto('./');
  await expect(notice(page)).toContainText('saved by a newer version of the lab');
  await expect(notice(page)).toContainText('Reload');
});

test('an existing empty "shelfcast" database is named as unusable, with what to do', async ({ page }) => {
  const other = await otherTab(page);
  await other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('shelfcast', 5);
        open.onsuccess = () => (open.result.close(), resolve());
      }),
  );
  await other.close();
  await page.goto('./');
  await expect(notice(page)).toContainText('missing parts and cannot be used');
  await expect(notice(page)).toContainText('reset local data');
});
