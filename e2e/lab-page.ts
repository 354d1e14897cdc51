// Page object for the lab: the steps a person takes, named as they would name them.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export class LabPage {
  readonly dropZone: Locator;
  readonly productSelect: Locator;
  readonly error: Locator;
  readonly chart: Locator;
  readonly rmse: Locator;
  readonly mae: Locator;
  readonly modelSource: Locator;

  constructor(readonly page: Page) {
    this.dropZone = page.getByTestId('drop-zone');
    this.productSelect = page.getByTestId('product-select');
    this.error = page.getByTestId('error');
    this.chart = page.getByTestId('forecast-chart');
    this.rmse = page.getByTestId('rmse');
    this.mae = page.getByTestId('mae');
    this.modelSource = page.getByTestId('model-source');
  }

  async open() {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { name: 'Shelfcast' })).toBeVisible();
    // The page lands on Home; the lab's own steps are on the Data tab.
    await this.page.getByTestId('tab-lab').click();
  }

  /** A real drag-and-drop: dragenter/over/drop events carrying a DataTransfer with the file. */
  async dropFile(path: string, name: string, mimeType = 'text/csv') {
    await this.dropContents([{ name, content: readFileSync(path), mimeType }]);
  }

  /** Drops several files at once, given their contents. */
  async dropContents(files: { name: string; content: Buffer | string; mimeType?: string }[]) {
    const encoded = files.map((f) => ({ name: f.name, mimeType: f.mimeType ?? 'text/csv', content: Buffer.from(f.content).toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((files) => {
      const transfer = new DataTransfer();
      for (const { content, name, mimeType } of files) {
        const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], name, { type: mimeType }));
      }
      return transfer;
    }, encoded);
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.dropZone.dispatchEvent(type, { dataTransfer });
    }
  }

  async pickFile(path: string) {
    await this.page.getByLabel('Choose CSV files…').setInputFiles(path);
  }

  /** Accepts the pre-filled column mapping of a file that is not a BookScan export. */
  async confirmMapping() {
    await this.page.getByRole('button', { name: 'Import with these columns' }).click();
  }

  stepStatus(step: string): Locator {
    return this.page.getByTestId(`step-${step}`);
  }

  /** Chooses a product for the holdout forecast on the Data tab (a visit without a hash lands on Home). */
  async chooseProductById(id: string) {
    await this.page.getByTestId('tab-lab').click();
    await this.productSelect.selectOption(id);
  }

  /** Types `text` (a title, ISBN or author) into the product picker `picker` and picks `id` with the keyboard. */
  async pickProduct(picker: string, id: string, text = id) {
    const input = this.page.getByTestId(`${picker}-input`);
    await input.fill(text);
    const option = this.page.getByTestId(picker).locator(`[role="option"][data-id="${id}"]`);
    await expect(option).toBeVisible();
    // A multiple picker toggles: leave a product that is already chosen as it is.
    if ((await option.getAttribute('aria-selected')) === 'true' && picker === 'train-picker') return;
    // Arrow down to it: the keyboard path a person takes, whatever rank the match has.
    const optionId = await option.getAttribute('id');
    for (let i = 0; i < 50 && (await input.getAttribute('aria-activedescendant')) !== optionId; i++) await input.press('ArrowDown');
    await input.press('Enter');
  }

  /** Chooses products on the Studies tab's picker (it stays open for more), then closes it. */
  async chooseToTrain(...ids: string[]) {
    for (const id of ids) {
      await this.pickProduct('train-picker', id);
      await expect(this.page.getByTestId('train-picker').locator(`[role="option"][data-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
    }
    await this.page.getByTestId('train-picker-input').press('Escape');
  }

  /** Opens a product on the Product tab through its picker. */
  async showProduct(id: string) {
    await this.page.getByTestId('tab-product').click();
    await this.pickProduct('product-picker', id);
    await expect(this.page.getByTestId('product-title')).toContainText(id);
  }

  /** Counts of records in the lab's IndexedDB, read in the page. */
  storedCounts(): Promise<Record<string, number>> {
    return this.page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('shelfcast');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = Array.from(db.objectStoreNames).filter((n) => n !== 'settings');
            if (names.length === 0) return resolve({});
            const tx = db.transaction(names, 'readonly');
            const counts: Record<string, number> = {};
            for (const n of names) {
              const req = tx.objectStore(n).count();
              req.onsuccess = () => (counts[n] = req.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(counts);
            };
          };
        }),
    );
  }

  /** Opens the lab with `query`, loads the bundled sample and trains one product on the Studies tab. */
  async trainSampleProduct(id: string, query = '?profile=development') {
    await this.page.goto(`./${query}`);
    await this.page.getByRole('button', { name: /sample dataset/ }).click();
    await expect(this.page.getByTestId('dataset-summary')).toContainText('7 products');
    await this.page.getByTestId('tab-studies').click();
    await this.chooseToTrain(id);
    await this.page.getByTestId('train').click();
    await expect(this.page.getByTestId(`state-${id}`)).toHaveText('done', { timeout: 120_000 });
  }
}
