// The Models screen's state: registered products (paged), one product's versions and champion log,
// rollback, retention, storage, the decision log, registering the lab's fit, export and import.
import { checkModelFileSize, exportModelsJson, forecastCsv, modelJsonFileName, type ImportedModel } from '../../core/exchange/model-json';
import type { ProductSeries } from '../../core/data/types';
import type { HoldoutForecast } from '../../core/model/holdout';
import { summarizeDecisions, type DecisionRecord, type DecisionTotals } from '../../core/registry/decision-log';
import type { ModelVersion, ProductAliases } from '../../core/registry/registry-types';
import { DEFAULT_REGISTRY_POLICY } from '../../core/registry/retrain-policy';
import { draftFromHoldout } from '../../core/registry/version-draft';
import { fail, ok, type AppError, type Result } from '../../core/result';
import { errorText } from '../../core/error-text';
import { requestPersistentStorage, storageUsage, type StorageUsage } from '../../storage/storage-usage';
import type { StoredChampionEvent } from '../../storage/registry-schema';
import { downloadText } from './download';
import { verifyImportedForecast } from './import-forecast';
import { judgeableImport, type JudgeableImport } from './import-rescore';
import type { ModelRunner, OpenStores } from './lab-context';
import { alreadyRegisteredText, pageOf, registeredEntries, registeredText } from './models-view';

export const PAGE_SIZE = 20;

export class ModelsState {
  #aliases = $state.raw<ProductAliases[]>([]);
  #titles = $state.raw<Map<string, string>>(new Map());
  #page = $state(0);
  #selected = $state<string | null>(null);
  #versions = $state.raw<ModelVersion[]>([]);
  #selectedAliases = $state.raw<ProductAliases | null>(null);
  #events = $state.raw<StoredChampionEvent[]>([]);
  #decisions = $state.raw<DecisionRecord[]>([]);
  #usage = $state.raw<StorageUsage | null>(null);
  #maxVersions = $state(DEFAULT_REGISTRY_POLICY.maxVersionsPerProduct);
  #busy = $state(false);
  /** The outcome of the last action, in words (shown in a live region). */
  #notice = $state('');
  #error = $state.raw<AppError | null>(null);
  get aliases() {
    return this.#aliases;
  }
  get selected() {
    return this.#selected;
  }
  get versions() {
    return this.#versions;
  }
  get selectedAliases() {
    return this.#selectedAliases;
  }
  get events() {
    return this.#events;
  }
  get decisions() {
    return this.#decisions;
  }
  get usage() {
    return this.#usage;
  }
  get maxVersions() {
    return this.#maxVersions;
  }
  get busy() {
    return this.#busy;
  }
  get notice() {
    return this.#notice;
  }
  get error() {
    return this.#error;
  }
  /** The outcome of the last action as one sentence: the error's, else the notice. */
  readonly outcome = $derived(this.#error ? errorText(this.#error) : this.#notice);

  /** Every registered product for the picker, in id order. */
  readonly entries = $derived(registeredEntries(this.#aliases, this.#titles));
  readonly shown = $derived(pageOf(this.entries, this.#page, PAGE_SIZE));
  readonly totals: DecisionTotals = $derived(summarizeDecisions(this.#decisions));

  constructor(
    private readonly stores: OpenStores<'registry' | 'registryBrowser' | 'decisions'>,
    private readonly models: ModelRunner,
  ) {}

  get #stores() {
    return this.stores().then((s) => ({ registry: s.registry, browser: s.registryBrowser, decisions: s.decisions }));
  }

  /** Shows page `page` of the registered products (clamped by `shown`). */
  goToPage(page: number): void {
    this.#page = page;
  }

  /** Reloads the product list, titles, decisions, storage figures and the open product. */
  async refresh(): Promise<void> {
    const { registry, browser, decisions } = await this.#stores;
    const [aliases, champions, log, max] = await Promise.all([
      browser.listAliases(),
      registry.listChampions(),
      decisions.list(),
      browser.getMaxVersions(DEFAULT_REGISTRY_POLICY.maxVersionsPerProduct),
    ]);
    this.#titles = new Map(champions.map((c) => [c.productId, c.productTitle]));
    this.#aliases = aliases;
    this.#decisions = log;
    this.#maxVersions = max;
    if (this.#selected) await this.open(this.#selected);
    this.#usage = await storageUsage();
  }

  async open(productId: string): Promise<void> {
    const { registry } = await this.#stores;
    const [versions, aliases, events] = await Promise.all([registry.listVersions(productId), registry.getAliases(productId), registry.listEvents(productId)]);
    this.#selected = productId;
    this.#versions = versions;
    this.#selectedAliases = aliases;
    this.#events = events;
  }

  #report(result: Result<unknown, string>, success: string): boolean {
    if (result.ok) {
      this.#error = null;
      this.#notice = success;
      return true;
    }
    this.#error = result.error;
    this.#notice = '';
    return false;
  }

  /** Registers the lab's holdout fit of a product as its next version; the champion rules decide its role. */
  async registerFit(product: ProductSeries, forecast: HoldoutForecast): Promise<void> {
    this.#busy = true;
    try {
      const { registry, browser } = await this.#stores;
      const draft = await draftFromHoldout({ product, forecast, appVersion: __APP_VERSION__, createdAt: new Date() });
      const policy = { ...DEFAULT_REGISTRY_POLICY, maxVersionsPerProduct: await browser.getMaxVersions(DEFAULT_REGISTRY_POLICY.maxVersionsPerProduct) };
      const r = await registry.register(draft, policy);
      if (r.ok) {
        this.#report(r, registeredText(r.value.version, r.value.aliases, r.value.event));
        this.#selected = product.id;
      } else this.#report(r, '');
      await this.refresh();
    } finally {
      this.#busy = false;
    }
  }

  /** Makes a stored version champion; `unverifiedConfirmed` when the person confirmed an import's numbers are its file's own. */
  async rollback(productId: string, version: number, unverifiedConfirmed = false): Promise<void> {
    const { registry } = await this.#stores;
    this.#report(
      await registry.rollback(productId, version, new Date(), { unverifiedConfirmed }),
      `Version ${version} of ${productId} is champion${unverifiedConfirmed ? ' (its test metrics are the imported file’s own, unverified)' : ' again'}.`,
    );
    await this.refresh();
  }

  async setRetention(max: number): Promise<void> {
    if (!Number.isInteger(max) || max < 2 || max > 1000) {
      this.#report(fail('invalid-retention', 'Keep between 2 and 1000 versions per product (the champion and the one before it are always kept).'), '');
      return;
    }
    const { browser } = await this.#stores;
    await browser.setMaxVersions(max);
    const deleted = await browser.pruneAll(max);
    this.#report(ok(null), `Keeping at most ${max} versions per product; ${deleted} older version${deleted === 1 ? '' : 's'} deleted.`);
    await this.refresh();
  }

  async askPersistence(): Promise<void> {
    const granted = await requestPersistentStorage();
    this.#notice = granted
      ? 'The browser will keep the lab’s data (persistent storage granted).'
      : 'The browser did not grant persistent storage; it may clear the lab’s data when space runs low.';
    this.#usage = await storageUsage();
  }

  /** Downloads one version, or every champion, as model JSON (with series where this browser has them). */
  async exportModels(models: readonly ModelVersion[], includeSeries: boolean, allChampions = false): Promise<void> {
    const { browser } = await this.#stores;
    const entries = await Promise.all(
      models.map(async (model) => ({ model, series: includeSeries ? await browser.findSeries(model.productId, model.data.digest) : null })),
    );
    const missing = includeSeries ? entries.filter((e) => e.series === null).length : 0;
    const now = new Date();
    downloadText(
      await exportModelsJson(entries, { includeSeries, appVersion: __APP_VERSION__, exportedAt: now }),
      modelJsonFileName(models, now, { includeSeries, allChampions }),
      'application/json',
    );
    this.#notice = `Exported ${models.length} model${models.length === 1 ? '' : 's'}${includeSeries ? ' with training series' : ' with series digests only'}${missing ? ` (${missing} series not stored in this browser: digest only)` : ''}.`;
  }

  async exportChampions(includeSeries: boolean): Promise<void> {
    const { registry } = await this.#stores;
    const champions = await registry.listChampions();
    if (champions.length === 0) return void this.#report(fail('nothing-to-export', 'No product has a champion yet.'), '');
    await this.exportModels(champions, includeSeries, true);
  }

  exportForecast(model: ModelVersion): void {
    if (!model.forecast) return;
    downloadText(forecastCsv(model.forecast), `${model.name}-v${model.version}-backtest.csv`, 'text/csv');
  }

  /** Imports model files: all checks (and the forecast) pass before anything is stored. */
  async importFiles(files: readonly File[]): Promise<void> {
    this.#busy = true;
    try {
      for (const file of files) if (!(await this.#importFile(file))) break;
      await this.refresh();
    } finally {
      this.#busy = false;
    }
  }

  async #importFile(file: File): Promise<boolean> {
    const size = checkModelFileSize(file.size, file.name);
    if (!size.ok) return this.#report(size, '');
    const read = await this.models.run((api) => api.readModelFile(file, file.name, new Date().toISOString()));
    const parsed = read.ok ? read.value : read;
    if (!parsed.ok) return this.#report(parsed, '');
    const checked: { model: ImportedModel; note: string }[] = [];
    for (const m of parsed.value) {
      const verified = await verifyImportedForecast(m, this.models);
      if (!verified.ok) return this.#report({ ...verified, error: { ...verified.error, where: { file: file.name, product: m.draft.productId } } }, '');
      checked.push({ model: verified.value.model, note: verified.value.note });
    }
    const { registry, browser } = await this.#stores;
    // Never on the file's own numbers: re-scored on this browser's data, or registered as unverified.
    // Every model is judged first (in workers), then the whole file is stored in one transaction.
    const judged: JudgeableImport[] = [];
    for (const { model } of checked) judged.push(await judgeableImport(model.draft, registry, browser, this.models));
    const policy = { ...DEFAULT_REGISTRY_POLICY, maxVersionsPerProduct: this.#maxVersions };
    const r = await registry.registerImports(
      file.name,
      judged.map((j) => ({ draft: j.draft, options: { championOnWindow: j.championOnWindow } })),
      policy,
    );
    if (!r.ok) return this.#report(r, '');
    const names: string[] = [];
    const already: string[] = [];
    const trust: string[] = [];
    r.value.forEach((registration, i) => {
      const { model, note } = checked[i]!;
      this.#selected = model.draft.productId;
      if (registration.kind === 'already-registered') already.push(alreadyRegisteredText(model.draft, registration.version.version, file.name));
      else {
        names.push(`${registration.version.name} v${registration.version.version} (${note})`);
        trust.push(`v${registration.version.version}: ${judged[i]!.note}.`);
      }
    });
    const imported = names.length ? [`Imported ${names.join('; ')} from ${file.name}.`] : [];
    return this.#report(ok(null), [...imported, ...trust, ...already].join(' '));
  }
}
