// The lab's state for the one-path skeleton: which dataset is open, which product, its forecast.
// Components read these fields and call these methods; they never reach workers or storage directly.
import type { HoldoutForecast } from '../../core/model/holdout';
import { DEFAULT_SPLIT, type SplitParams } from '../../core/data/split';
import { windowsOfSplit } from '../../core/data/windows';
import { fitsWindows } from './holdout-windows';
import { DEFAULT_SPEC, type ModelSpec } from '../../core/model/spec';
import type { EngineName } from '../../core/model/engine';
import { DEFAULT_ENGINE } from '../../core/model/engine-registry';
import type { ProductSeries } from '../../core/data/types';
import type { AppError } from '../../core/result';
import { errorText } from '../../core/error-text';
import type { LabRepository } from '../../storage/lab-repository';
import { describeThrown, isQuotaError } from '../../storage/storage-errors';
import type { DatasetRecord } from '../../core/records';
import type { ModelRunner, OpenStores } from './lab-context';

export type LabStatus = 'starting' | 'idle' | 'fitting';

export const SAMPLE_URL = './sample/dominicks-tuna.csv';
export const SAMPLE_NAME = 'dominicks-tuna.csv';

export class LabState {
  #status = $state<LabStatus>('starting');
  #error = $state<AppError | null>(null);
  #dataset = $state.raw<DatasetRecord | null>(null);
  #productId = $state<string | null>(null);
  #series = $state.raw<ProductSeries | null>(null);
  #forecast = $state.raw<HoldoutForecast | null>(null);
  /** True when the forecast shown came from storage rather than a fit in this session. */
  #restored = $state(false);
  #spec = $state<ModelSpec>(DEFAULT_SPEC);
  #engine = $state<EngineName>(DEFAULT_ENGINE);
  /** The split the Data screen's last run used: its test weeks are held out, as training holds them out. */
  #split = $state.raw<SplitParams>(DEFAULT_SPLIT);
  get status() {
    return this.#status;
  }
  get error() {
    return this.#error;
  }
  get dataset() {
    return this.#dataset;
  }
  get productId() {
    return this.#productId;
  }
  get series() {
    return this.#series;
  }
  get forecast() {
    return this.#forecast;
  }
  get restored() {
    return this.#restored;
  }
  get spec() {
    return this.#spec;
  }
  get engine() {
    return this.#engine;
  }

  readonly errorText = $derived(this.#error ? errorText(this.#error) : '');

  constructor(
    private readonly stores: OpenStores<'lab'>,
    private readonly models: ModelRunner,
  ) {}

  get #repository(): Promise<LabRepository> {
    return this.stores().then((s) => s.lab);
  }

  /** Shows what the last session left open, without refitting anything. */
  async restore(): Promise<void> {
    const repo = await this.#repository;
    const last = await repo.getLastOpened();
    if (last) {
      const dataset = await repo.getDataset(last.datasetId);
      if (dataset) {
        this.#dataset = dataset;
        if (last.productId) await this.#showStored(repo, last.productId);
      }
    }
    this.#status = 'idle';
  }

  /** Opens a product: its stored forecast if there is one, else a fresh fit in the fit worker pool. */
  async selectProduct(productId: string): Promise<void> {
    const dataset = this.#dataset;
    if (!dataset) return;
    this.#error = null;
    this.#productId = productId;
    const repo = await this.#repository;
    if (await this.#showStored(repo, productId, true)) return;
    await this.#fit(repo, productId);
  }

  /** Fits the open product again with another model (family choice), ignoring what is stored. */
  async chooseSpec(spec: ModelSpec): Promise<void> {
    this.#spec = spec;
    if (!this.#productId) return;
    this.#error = null;
    await this.#fit(await this.#repository, this.#productId);
  }

  /** Fits the open product again with the other engine (same model). */
  async chooseEngine(engine: EngineName): Promise<void> {
    this.#engine = engine;
    if (!this.#productId) return;
    this.#error = null;
    await this.#fit(await this.#repository, this.#productId);
  }

  async #fit(repo: LabRepository, productId: string): Promise<void> {
    const dataset = this.#dataset!;
    const series = await repo.getSeries(dataset.id, productId);
    if (!series) return;
    this.#series = series;
    this.#forecast = null;
    this.#status = 'fitting';
    try {
      const request = { series: series.series, spec: $state.snapshot(this.#spec), windows: windowsOfSplit(this.#split), engine: this.#engine };
      const result = await this.models.run((api) => api.forecastHoldout(request));
      if (this.#productId !== productId) return;
      if (!result.ok) {
        this.#error = { ...result.error, where: { product: productId } };
        return;
      }
      this.#forecast = result.value;
      this.#restored = false;
      await this.#save(repo, dataset.id, productId, result.value);
    } finally {
      this.#status = 'idle';
    }
  }

  /**
   * Stores a fresh fit. A failed save (storage full, the connection gone) keeps the fit on screen and
   * says so: the save is one transaction, so nothing of it was kept.
   */
  async #save(repo: LabRepository, datasetId: string, productId: string, forecast: HoldoutForecast): Promise<void> {
    try {
      await repo.saveModel(datasetId, productId, forecast, __APP_VERSION__);
    } catch (error) {
      if (this.#productId !== productId) return;
      const reason = describeThrown(error).replace(/[.;:,]?$/, '.');
      const advice = isQuotaError(error) ? '' : ' Reload the page, then open this product again to fit and save it.';
      this.#error = {
        code: 'save-failed',
        message: `This forecast was not saved: ${reason} The forecast shown is not stored, so it is fitted again the next time this product is opened.${advice}`,
        where: { product: productId },
      };
    }
  }

  /** Shows the stored forecast; with `sameWindows`, only one cut as the current split cuts the series. */
  async #showStored(repo: LabRepository, productId: string, sameWindows = false): Promise<boolean> {
    const dataset = this.#dataset!;
    const [model, series] = await Promise.all([repo.getModel(dataset.id, productId), repo.getSeries(dataset.id, productId)]);
    // Forecasts stored before fitted-model details existed are refitted rather than shown half.
    if (!model || !series || !model.forecast.model) return false;
    if (sameWindows && !fitsWindows(model.forecast, series.series.values.length, windowsOfSplit(this.#split))) return false;
    this.#productId = productId;
    this.#series = series;
    this.#forecast = model.forecast;
    this.#spec = model.forecast.spec;
    if (model.forecast.engine === 'wasm' || model.forecast.engine === 'native') this.#engine = model.forecast.engine;
    this.#restored = true;
    // Remembering the open product only decides what the next visit opens: a failed write (storage
    // full) loses nothing stored and must not stop the stored forecast from being shown.
    await repo.setLastOpened({ datasetId: dataset.id, productId }).catch(() => {});
    return true;
  }

  /**
   * Opens a dataset the data pipeline just stored (its prepared series feed the forecast), with the
   * split it was cut with; the same dataset cut anew refits the open product if its test weeks moved.
   */
  showDataset(record: DatasetRecord, split: SplitParams = this.#split): void {
    this.#split = split;
    if (this.#dataset?.id === record.id) {
      const [forecast, series, productId] = [this.#forecast, this.#series, this.#productId];
      if (forecast && series && productId && this.#status === 'idle' && !fitsWindows(forecast, series.series.values.length, windowsOfSplit(split))) {
        void this.#repository.then((repo) => this.#fit(repo, productId));
      }
      return;
    }
    this.#dataset = record;
    this.#productId = null;
    this.#series = null;
    this.#forecast = null;
  }
}
