// The Studies screen's state: train the chosen products (every fit in the training workers), live
// progress per product, cancel; one product's studies and trials for the charts and table; the
// Optuna journal export and import. A study another tab drives is watched by re-reading its trials.
import type { ResolvedConfig } from '../../core/config/config';
import type { ProductProgress } from '../../core/pipeline/train-ports';
import type { RunRecord } from '../../core/runs/run-record';
import { studyToJournal } from '../../core/exchange/study-journal';
import { importOptunaJournal } from '../../core/exchange/optuna-journal-import';
import { planJournalStudy } from '../../core/exchange/journal-study';
import type { StudyRecord } from '../../core/search/study-record';
import type { TrialRecord } from '../../core/search/types';
import { errorText } from '../../core/error-text';
import { describeThrown } from '../../storage/storage-errors';
import { studyLockName, type StudyRepository } from '../../storage/study-repository';
import type { OpenStores, Train } from './lab-context';
import { summaryOf } from './study-summary';
import { purgeQuestion } from './study-storage';

type TrainArgs = [datasetId: string, productIds: readonly string[], resolved: ResolvedConfig];

export class StudiesState {
  #progress = $state<Record<string, ProductProgress>>({});
  #running = $state(false);
  #lastRun = $state.raw<RunRecord | null>(null);
  #error = $state<string | null>(null);
  /** The outcome of the last journal import, in words. */
  #notice = $state('');
  #productId = $state<string | null>(null);
  #studies = $state.raw<StudyRecord[]>([]);
  #studyKey = $state<string | null>(null);
  #trials = $state.raw<TrialRecord[]>([]);
  /** Trial picked from the Pareto front (or the table). */
  #picked = $state<number | null>(null);
  /** The shown study says 'running' but no tab holds its lock: a reload or crash stopped it. */
  #interrupted = $state(false);
  #controller: AbortController | undefined;
  #watch: ReturnType<typeof setInterval> | undefined;
  /** The objective of the running (or last) training run: the metric of "Best so far". */
  #objective = $state<ResolvedConfig['config']['objective']>('rmse');
  /** Asked before a run whose retention would delete stored studies; answered by answerPurge. */
  #purgeAsk = $state.raw<{ text: string; keys: string[]; run: TrainArgs } | null>(null);
  get progress() {
    return this.#progress;
  }
  get running() {
    return this.#running;
  }
  get lastRun() {
    return this.#lastRun;
  }
  get error() {
    return this.#error;
  }
  get notice() {
    return this.#notice;
  }
  get productId() {
    return this.#productId;
  }
  get studies() {
    return this.#studies;
  }
  get studyKey() {
    return this.#studyKey;
  }
  get trials() {
    return this.#trials;
  }
  get picked() {
    return this.#picked;
  }
  get interrupted() {
    return this.#interrupted;
  }
  get objective() {
    return this.#objective;
  }
  get purgeAsk() {
    return this.#purgeAsk;
  }
  readonly study: StudyRecord | null = $derived(this.#studies.find((s) => s.key === this.#studyKey) ?? null);

  /** `train` runs a training run (its fits in the training workers). */
  constructor(
    private readonly stores: OpenStores<'studies'>,
    private readonly runTraining: Train,
  ) {}

  get #repo(): Promise<StudyRepository> {
    return this.stores().then((s) => s.studies);
  }

  /** Marks a trial picked from the Pareto front or the table (null: none). */
  pick(trial: number | null): void {
    this.#picked = trial;
  }

  /**
   * Trains the products. When study_retention_days would delete stored studies first, asks instead
   * (purgeAsk) and trains once answered: a retention from a link must not delete anything unasked.
   */
  async train(datasetId: string, productIds: readonly string[], resolved: ResolvedConfig): Promise<void> {
    if (this.#running || productIds.length === 0) return;
    const days = resolved.config.study_retention_days;
    const keys = days === null ? [] : await (await this.#repo).keysOlderThan(days);
    if (days === null || keys.length === 0) return this.#run(datasetId, productIds, resolved, []);
    this.#purgeAsk = { text: purgeQuestion(keys.length, days, resolved.sources.study_retention_days), keys, run: [datasetId, productIds, resolved] };
  }

  /** Answers the retention question: delete the listed studies and train, keep them and train, or do nothing. */
  async answerPurge(answer: 'delete' | 'keep' | 'cancel'): Promise<void> {
    const ask = this.#purgeAsk;
    this.#purgeAsk = null;
    if (!ask || answer === 'cancel') return;
    return this.#run(...ask.run, answer === 'delete' ? ask.keys : []);
  }

  async #run(datasetId: string, productIds: readonly string[], resolved: ResolvedConfig, purgeStudyKeys: readonly string[]): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#objective = resolved.config.objective;
    this.#error = null;
    this.#progress = {};
    this.#controller = new AbortController();
    try {
      this.#lastRun = await this.runTraining({
        datasetId,
        productIds,
        resolved,
        purgeStudyKeys,
        appVersion: __APP_VERSION__,
        signal: this.#controller.signal,
        onProgress: (p) => this.#onProgress(p),
      });
    } catch (error) {
      this.#error = `Training stopped: ${describeThrown(error)}`;
    } finally {
      this.#running = false;
      if (this.#productId) await this.select(this.#productId, this.#studyKey);
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }

  #onProgress(p: ProductProgress): void {
    this.#progress = { ...this.#progress, [p.productId]: p };
    if (p.state === 'watching' && p.studyKey) this.#watchStudy(p.productId, p.studyKey);
    if (p.productId !== this.#productId || !p.studyKey) return;
    if (this.#studyKey !== p.studyKey) void this.select(p.productId, p.studyKey);
    else if (p.trial) this.#trials = [...this.#trials.filter((t) => t.number !== p.trial!.number), p.trial].sort((a, b) => a.number - b.number);
  }

  /** Another tab drives this study: re-read its trials every second while it runs there. */
  #watchStudy(productId: string, key: string): void {
    clearInterval(this.#watch);
    this.#watch = setInterval(async () => {
      const repo = await this.#repo;
      const study = await repo.getStudy(key);
      if (this.#productId === productId && this.#studyKey === key) this.#trials = await repo.listTrials(key);
      if (study && study.state !== 'running') clearInterval(this.#watch);
    }, 1000);
  }

  /** Shows a product's studies (newest first) and the trials of `key` or of the newest. */
  async select(productId: string, key: string | null = null): Promise<void> {
    this.#productId = productId;
    const repo = await this.#repo;
    this.#studies = await repo.listStudies(productId);
    this.#studyKey = key ?? this.#studies[0]?.key ?? null;
    this.#trials = this.#studyKey ? await repo.listTrials(this.#studyKey) : [];
    this.#picked = null;
    const shown = this.#studies.find((s) => s.key === this.#studyKey);
    const held = (await globalThis.navigator?.locks?.query())?.held ?? [];
    this.#interrupted = shown?.state === 'running' && !held.some((l) => l.name === studyLockName(shown.key));
  }

  /** The study as an Optuna journal (JSON lines), or null when none is shown. */
  exportJournal(): string | null {
    const study = this.study;
    if (!study) return null;
    return studyToJournal(summaryOf(study, this.#trials), study.identity, {
      config: study.config,
      sources: study.configSources as ResolvedConfig['sources'],
      problems: [],
    });
  }

  /**
   * Imports a journal as a study of its own (never the lab's study of the same key), or, when the
   * person chose `merge`, adds its new trials to the lab's study of its key. All checks pass first;
   * the study and its trials are then written in one transaction.
   */
  async importJournal(text: string, fileName: string, merge = false): Promise<void> {
    this.#notice = '';
    const imported = importOptunaJournal(text, { file: fileName });
    if (!imported.ok) {
      this.#error = errorText(imported.error);
      return;
    }
    const repo = await this.#repo;
    const fileKey = imported.value.userAttrs['shelfcast:study_key'];
    const storedRecord = typeof fileKey === 'string' ? await repo.getStudy(fileKey) : undefined;
    const stored = storedRecord ? { record: storedRecord, trials: await repo.listTrials(storedRecord.key) } : null;
    const plan = await planJournalStudy(imported.value, {
      file: fileName,
      text,
      fallbackProductId: this.#productId ?? imported.value.name,
      merge,
      stored,
      at: new Date(),
    });
    if (!plan.ok) {
      this.#error = errorText(plan.error);
      return;
    }
    const { record, trials, merged, kept } = plan.value;
    try {
      await repo.importStudy(record, trials, !merged);
    } catch (error) {
      this.#error = `${fileName} could not be stored: ${describeThrown(error)}. Nothing was imported.`;
      return;
    }
    this.#error = null;
    this.#notice = merged
      ? `Merged ${trials.length} new trial${trials.length === 1 ? '' : 's'} from ${fileName} into the lab’s study${kept ? `; ${kept} trial${kept === 1 ? '' : 's'} with numbers it already holds kept as stored` : ''}. They count in the next training run.`
      : `Imported ${fileName} as a study of its own (${trials.length} trials)${stored ? '; the lab’s study with the same key is unchanged' : ''}.`;
    await this.select(record.productId, record.key);
  }
}
