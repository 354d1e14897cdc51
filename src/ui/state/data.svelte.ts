// State of the Data screen: dropped files → (mapping dialog) → pipeline run in the data worker,
// with progress, cancel, filters, the quality report and each step's status.
import { DEFAULT_PREPARE, ORIGINAL_PRESET, type PrepareParams, type ProductFilter } from '../../core/data/prepare';
import { DEFAULT_QUALITY } from '../../core/data/quality';
import { DEFAULT_SPLIT, type SplitParams } from '../../core/data/split';
import type { ImportMapping } from '../../core/data/mapping';
import type { QualityReport } from '../../core/data/quality';
import { activeFilters, clearedFilter, filterNotes, type FilterNote } from '../../core/data/filter-notes';
import type { StepReport } from '../../core/pipeline/types';
import type { DatasetRecord } from '../../core/records';
import type { AppError } from '../../core/result';
import { errorText } from '../../core/error-text';
import { describeThrown } from '../../storage/storage-errors';
import type { DroppedFile, ImportProgress, InspectedFile } from '../../workers/pipeline-api';
import type { DataWorkerPort, OpenStores } from './lab-context';

export type DataStatus = 'idle' | 'inspecting' | 'mapping' | 'running';

export interface MappingRequest {
  file: InspectedFile;
  mapping: ImportMapping;
}

export class DataState {
  #status = $state<DataStatus>('idle');
  #error = $state.raw<AppError | null>(null);
  #progress = $state.raw<ImportProgress | null>(null);
  #reports = $state.raw<StepReport[]>([]);
  #quality = $state.raw<QualityReport | null>(null);
  /** Why the last run kept fewer products than the files hold, one note per filter. */
  #filterNotes = $state.raw<FilterNote[]>([]);
  /** The filters of the last run (what its notes and "Clear" offers refer to). */
  #ranFilters = $state.raw<PrepareParams>({ ...DEFAULT_PREPARE });
  #tooShort = $state.raw<string[]>([]);
  #timings = $state.raw<{ hashMs: number; totalMs: number } | null>(null);
  #mappingRequest = $state.raw<MappingRequest | null>(null);
  get status() {
    return this.#status;
  }
  get error() {
    return this.#error;
  }
  get progress() {
    return this.#progress;
  }
  get reports() {
    return this.#reports;
  }
  get quality() {
    return this.#quality;
  }
  get filterNotes() {
    return this.#filterNotes;
  }
  get ranFilters() {
    return this.#ranFilters;
  }
  get tooShort() {
    return this.#tooShort;
  }
  get timings() {
    return this.#timings;
  }
  get mappingRequest() {
    return this.#mappingRequest;
  }
  /** The Data screen's form: its fields are bound to the filter and split inputs; the next run reads them. */
  readonly filters = $state<PrepareParams>({ ...DEFAULT_PREPARE });
  readonly split = $state<SplitParams>({ ...DEFAULT_SPLIT });
  /** When the filters left no product: the filters set, each offered to clear. */
  readonly clearOffers = $derived(this.#error?.code === 'no-products' ? activeFilters(this.#ranFilters) : []);
  readonly errorText = $derived(this.#error ? errorText(this.#error) : '');

  #files = $state.raw<DroppedFile[]>([]);
  #mappings: ImportMapping[] = [];
  #delimiters: string[] = [];
  #answer: ((m: ImportMapping | null) => void) | undefined;

  /** `onDataset` receives the stored dataset and the split it was cut with (the forecast view holds out its test weeks). */
  constructor(
    private readonly stores: OpenStores<'mappings'>,
    private readonly worker: DataWorkerPort,
    private readonly onDataset: (record: DatasetRecord, split: SplitParams) => void,
  ) {}

  get hasFiles(): boolean {
    return this.#files.length > 0;
  }

  /** Inspects each file, asks for a mapping where needed (remembered per header), then runs. */
  async importFiles(files: DroppedFile[], options: { trustGuess?: boolean } = {}): Promise<void> {
    try {
      await this.#inspectAndRun(files, options);
    } catch (error) {
      // The worker died or storage refused: say so and give the page back (never "Inspecting…" forever).
      this.#error = { code: 'import-crashed', message: `The import failed: ${describeThrown(error)}` };
      this.#mappingRequest = null;
      this.#status = 'idle';
    }
  }

  async #inspectAndRun(files: DroppedFile[], options: { trustGuess?: boolean }): Promise<void> {
    this.#error = null;
    this.#status = 'inspecting';
    const mappings: ImportMapping[] = [];
    const delimiters: string[] = [];
    const repo = (await this.stores()).mappings;
    for (const file of files) {
      const head = await this.worker.call((api) => api.inspect(file));
      if (!head.ok) {
        this.#error = head.error;
        this.#status = 'idle';
        return;
      }
      let mapping: ImportMapping | null | undefined =
        head.value.kind === 'bookscan' || options.trustGuess ? head.value.mapping : await repo.get(head.value.signature);
      if (!mapping) {
        this.#status = 'mapping';
        mapping = await new Promise<ImportMapping | null>((resolve) => {
          this.#answer = resolve;
          this.#mappingRequest = { file: head.value, mapping: head.value.mapping };
        });
        this.#mappingRequest = null;
        if (!mapping) {
          this.#status = 'idle';
          return;
        }
        await repo.put(head.value.signature, mapping);
      }
      mappings.push(mapping);
      delimiters.push(head.value.delimiter);
    }
    this.#files = files;
    this.#mappings = mappings;
    this.#delimiters = delimiters;
    await this.run();
  }

  /** The bundled sample: its columns are known, so no mapping dialog. */
  async loadSample(url: string, name: string): Promise<void> {
    const response = await fetch(url);
    if (!response.ok) {
      this.#error = { code: 'sample-missing', message: `The sample dataset could not be loaded (HTTP ${response.status}).` };
      return;
    }
    await this.importFiles([{ name, blob: await response.blob() }], { trustGuess: true });
  }

  answerMapping(mapping: ImportMapping | null): void {
    this.#answer?.(mapping);
    this.#answer = undefined;
  }

  /** Sets one filter back to "no filter" and runs the pipeline again (the offer beside its note). */
  clearFilter(filter: ProductFilter): Promise<void> {
    Object.assign(this.filters, clearedFilter($state.snapshot(this.filters) as PrepareParams, filter));
    return this.run();
  }

  usePreset(preset: 'all' | 'original'): void {
    Object.assign(this.filters, { from: null, stillSellingAfter: null, ...(preset === 'original' ? ORIGINAL_PRESET : {}) });
  }

  /** Runs with the form's filters and the ids picked by hand. */
  apply(pick: string[]): Promise<void> {
    this.filters.pick = pick;
    return this.run();
  }

  /** (Re-)runs the pipeline on the current files with the current filters; cached steps are skipped. */
  async run(): Promise<void> {
    if (this.#files.length === 0) return;
    this.#status = 'running';
    this.#error = null;
    this.#progress = null;
    try {
      const params = {
        import: { mappings: this.#mappings, delimiters: this.#delimiters },
        prepare: $state.snapshot(this.filters) as PrepareParams,
        // The quality report judges "long enough" on the split's windows (data/windows.ts).
        quality: { ...DEFAULT_QUALITY, test: this.split.test, validation: this.split.validation, folds: this.split.folds },
        split: $state.snapshot(this.split) as SplitParams,
      };
      this.#ranFilters = params.prepare;
      const r = await this.worker.call((api) =>
        api.run(
          this.#files,
          params,
          this.worker.callback((p: ImportProgress) => (this.#progress = p)),
        ),
      );
      if (!r.ok) {
        this.#error = r.error;
        return;
      }
      this.#reports = r.value.reports;
      this.#quality = r.value.quality;
      this.#filterNotes = filterNotes(r.value.quality.removedBy, params.prepare, r.value.quality.dataDays);
      this.#tooShort = r.value.tooShort;
      this.#timings = r.value.timings;
      // Let the report paint before the product picker (hundreds of options) is built: two short
      // main-thread tasks instead of one long one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.onDataset(r.value.dataset, params.split);
    } catch (error) {
      this.#error = { code: 'import-crashed', message: `The import failed: ${describeThrown(error)}` };
    } finally {
      this.#status = 'idle';
    }
  }

  cancel(): void {
    if (this.#status === 'mapping') this.answerMapping(null);
    else void this.worker.call((api) => api.cancel()).catch(() => {}); // a dead worker has already failed the run
  }
}
