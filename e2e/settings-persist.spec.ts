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

/** Enters a value the way the field's input takes it: a choice from its select, a number typed. */
async function setPanel(page: Page, key: string, value: string) {
  const input = page.getByLabel(key, { exact: true });
  if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
  else {
    await input.fill(value);
    await input.press('Enter');
  }
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

test('each setting has the input its kind needs, with its bounds and a help line naming the original value', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('tab-settings').click();
  for (const key of ['profile', 'sampler', 'engine', 'objective', 'selection', 'study_storage']) {
    await expect(page.getByLabel(key, { exact: true })).toHaveJSProperty('tagName', 'SELECT');
  }
  await expect(page.getByLabel('sampler', { exact: true }).locator('option')).toHaveText(['tpe', 'random', 'grid']);
  await expect(page.getByLabel('force_retrain', { exact: true })).toHaveAttribute('type', 'checkbox');
  await expect(page.getByLabel('force_retrain', { exact: true })).toBeChecked();
  const fitLimit = page.getByLabel('fit_time_limit_s', { exact: true });
  await expect(fitLimit).toHaveAttribute('type', 'number');
  await expect(fitLimit).toHaveAttribute('min', '1');
  await expect(fitLimit).toHaveAttribute('max', '86400');
  await expect(page.getByTestId('help-fit_time_limit_s')).toContainText('Whole number from 1 to 86,400 s. Original pipeline: 60.');
  await expect(page.getByLabel('max_model_age_days', { exact: true })).toHaveValue('');

  // A checkbox sets a boolean; a value past the bound is named with the bound and not applied.
  await page.getByLabel('force_retrain', { exact: true }).uncheck();
  await expect(page.getByTestId('source-force_retrain')).toContainText('the settings panel');
  await page.getByLabel('study_retention_days', { exact: true }).fill('0.000001');
  await page.getByLabel('study_retention_days', { exact: true }).press('Enter');
  await expect(page.getByTestId('source-study_retention_days')).toContainText('the profile');
  await expect(page.getByTestId('config-problems')).toContainText(
    'study_retention_days must be none (null) or a number from 1 to 36500; got 0.000001. (from the settings panel; not applied)',
  );
});
