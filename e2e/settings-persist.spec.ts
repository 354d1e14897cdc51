// Settings persist: the panel and an imported config JSON survive a reload with their sources;
// "Reset to profile" forgets them; the link's settings apply to one visit, say so, and are not stored.
import { expect, test, type Page } from '@playwright/test';

/** The stored `study-config` record as the page's IndexedDB holds it (undefined when none). */
function storedConfig(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('shelfcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('study-config');
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value);
            open.result.close();
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

async function setPanel(page: Page, key: string, value: string) {
  await page.getByLabel(key, { exact: true }).fill(value);
  await page.getByLabel(key, { exact: true }).press('Enter');
  await expect(page.getByTestId(`source-${key}`)).toContainText('the settings panel');
}

test('panel settings survive a reload with their source, and Reset to profile goes back to development', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('url-settings-note')).toHaveCount(0);
  await setPanel(page, 'n_trials', '40');
  await setPanel(page, 'profile', 'production');
  await expect.poll(() => storedConfig(page), { timeout: 15_000 }).toMatchObject({ panel: { n_trials: 40, profile: 'production' } });

  await page.reload();
  await page.getByTestId('tab-settings').click();
  await expect(page.getByLabel('profile', { exact: true })).toHaveValue('production');
  await expect(page.getByTestId('source-profile')).toContainText('the settings panel');
  await expect(page.getByLabel('n_trials', { exact: true })).toHaveValue('40');
  await expect(page.getByTestId('source-n_trials')).toContainText('the settings panel');
  await page.getByTestId('tab-studies').click();
  await expect(page.getByTestId('active-config')).toContainText('Profile production');
  await expect(page.getByTestId('active-config')).toContainText('n_trials 40');

  await page.getByTestId('tab-settings').click();
  await page.getByTestId('config-reset').click();
  await expect(page.getByLabel('profile', { exact: true })).toHaveValue('development');
  await expect(page.getByTestId('source-profile')).toContainText('the profile');
  await expect.poll(() => storedConfig(page), { timeout: 15_000 }).toBeUndefined();
  await page.reload();
  await page.getByTestId('tab-settings').click();
  await expect(page.getByLabel('profile', { exact: true })).toHaveValue('development');
  await expect(page.getByTestId('source-n_trials')).toContainText('the profile');
});

test('a URL override says it applies to this visit only and is not stored', async ({ page }) => {
  await page.goto('./?n_trials=40');
  await expect(page.getByTestId('url-settings-note')).toHaveText('Settings from the link apply to this visit only: n_trials=40');
  await page.getByTestId('tab-settings').click();
  await expect(page.getByTestId('source-n_trials')).toContainText('the URL query');
  // A panel change is stored; the URL's value is not stored with it.
  await setPanel(page, 'patience', '6');
  await expect.poll(() => storedConfig(page), { timeout: 15_000 }).toMatchObject({ panel: { patience: 6 } });
  expect(JSON.stringify(await storedConfig(page))).not.toContain('n_trials');

  await page.goto('./');
  await expect(page.getByTestId('url-settings-note')).toHaveCount(0);
  await page.getByTestId('tab-settings').click();
  await expect(page.getByLabel('n_trials', { exact: true })).toHaveValue('10');
  await expect(page.getByTestId('source-n_trials')).toContainText('the profile');
  await expect(page.getByTestId('source-patience')).toContainText('the settings panel');
});
