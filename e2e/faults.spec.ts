// Fault injection in the real browser (issue 16): a worker killed mid-call, storage filled for real,
// an upgrade blocked by another tab, a database from a newer lab, an empty database. Each ends in a
// message that says what is wrong and what to do, and nothing is half-written.
import { expect, test, type Page } from '@playwright/test';
import { bookScanCsv, panelRows } from '../src/test/bookscan';
import { LabPage } from './lab-page';

const UCI = 'data/uci-sales-weekly/long.csv';
const csvOf = (ids: string[]) => bookScanCsv(panelRows(UCI, ids, 60), 'F');
const notice = (page: Page) => page.getByTestId('newer-version');

/** Nonzero store counts but the run log (a failed import is still a recorded run). */
async function kept(lab: LabPage): Promise<[string, number][]> {
  return Object.entries(await lab.storedCounts()).filter(([name, n]) => n > 0 && name !== 'runs');
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
    self.addEventListener('message', (e) => {
      if ((e.data as { shelfcastWorkerLife?: string })?.shelfcastWorkerLife) return;
      e.stopImmediatePropagation();
      self.close();
    }, { capture: true });
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

test('an import into full storage says the storage is full and stores nothing', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 40 * 1024 * 1024 });
  // Fill the origin for real with 2 MB blobs in a database of its own until the browser refuses.
  const filled = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('filler', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('blobs');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // 2 MB blobs until refused, then smaller and smaller ones: a small import must find no room left.
    let n = 0;
    let key = 0;
    for (const size of [2 * 1024 * 1024, 256 * 1024, 16 * 1024, 1024]) {
      for (let tries = 0; tries < 100; tries++) {
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
        if (size === 2 * 1024 * 1024) n++;
      }
    }
    db.close();
    return n;
  });
  expect(filled).toBeGreaterThan(0);
  expect(filled).toBeLessThan(100);
  await lab.dropContents([{ name: 'full.csv', content: csvOf(['P1', 'P2', 'P3']) }]);
  await expect(lab.error).toContainText("The browser's storage for this site is full");
  await expect(lab.error).toContainText('nothing from this step was kept');
  expect(await kept(lab)).toEqual([]);
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
          for (const name of ['datasets', 'series', 'models', 'settings', 'artifacts', 'payloads', 'mappings', 'modelVersions', 'modelAliases', 'championEvents', 'retrainDecisions', 'runs']) open.result.createObjectStore(name, { keyPath: 'key' });
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
