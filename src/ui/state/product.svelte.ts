// State of the product page: one product's data and quality, its champion's forecast and test
// window, every registry version, the decisions about it and its champions' error over time.
import type { ProductQuality, QualityReport } from '../../core/data/quality';
import type { ProductSeries } from '../../core/data/types';
import type { DecisionRecord } from '../../core/registry/decision-log';
import type { ModelVersion, ProductAliases } from '../../core/registry/registry-types';
import type { DatasetRecord } from '../../core/records';
import { judgedOnSameWeeks, performanceHistory, type ChampionPoint, type SameWeeksComparison } from '../../core/runs/monitoring';
import type { OpenStores } from './lab-context';
import { studyLines, type StudyLine } from './product-studies';

export class ProductState {
  #productId = $state<string | null>(null);
  #dataset = $state.raw<DatasetRecord | null>(null);
  #series = $state.raw<ProductSeries | null>(null);
  #quality = $state.raw<ProductQuality | null>(null);
  #versions = $state.raw<ModelVersion[]>([]);
  #aliases = $state.raw<ProductAliases | null>(null);
  #decisions = $state.raw<DecisionRecord[]>([]);
  #history = $state.raw<ChampionPoint[]>([]);
  /** Each challenger's comparison with the champion on its own test weeks, by version. */
  #judged = $state.raw<Map<number, SameWeeksComparison>>(new Map());
  #notFound = $state(false);
  #studyRecords = $state.raw<StudyLine[]>([]);

  get productId() {
    return this.#productId;
  }
  get dataset() {
    return this.#dataset;
  }
  get series() {
    return this.#series;
  }
  get quality() {
    return this.#quality;
  }
  get versions() {
    return this.#versions;
  }
  get aliases() {
    return this.#aliases;
  }
  get decisions() {
    return this.#decisions;
  }
  get history() {
    return this.#history;
  }
  get judged() {
    return this.#judged;
  }
  get notFound() {
    return this.#notFound;
  }
  get studyRecords() {
    return this.#studyRecords;
  }

  constructor(private readonly stores: OpenStores<'lab' | 'monitoring' | 'lineage' | 'runs' | 'studies'>) {}

  readonly champion = $derived(this.#versions.find((v) => v.version === this.#aliases?.champion) ?? null);
  /** Study keys the versions came from (their studies may have been purged since). */
  readonly studies = $derived([...new Set(this.#versions.flatMap((v) => (v.study ? [`${v.study.key} (trial ${v.study.trial})`] : [])))]);

  async show(productId: string): Promise<void> {
    const id = productId.trim();
    if (!id) return;
    const { lab, monitoring, lineage, runs: runRepo, studies: studyRepo } = await this.stores();
    const last = await lab.getLastOpened();
    const dataset = (last && (await lab.getDataset(last.datasetId))) ?? null;
    const [series, versions, aliases, decisions, events, runs] = await Promise.all([
      dataset ? monitoring.series(dataset.id, id) : undefined,
      monitoring.versions(id),
      monitoring.aliases(id),
      monitoring.decisions(id),
      monitoring.events(id),
      runRepo.list(),
    ]);
    const studies = await studyRepo.listStudies(id);
    // The quality report of the newest completed import of this dataset.
    const importRun = dataset ? runs.find((r) => r.kind === 'import' && r.status === 'completed' && r.datasetId === dataset.id) : undefined;
    const qualityDigest = importRun?.steps.find((s) => s.step === 'quality')?.outputs[0];
    const report = qualityDigest ? ((await lineage.payloadOfDigest(qualityDigest)) as QualityReport | undefined) : undefined;
    this.#productId = id;
    this.#dataset = dataset;
    this.#series = series ?? null;
    this.#quality = report?.perProduct.find((p) => p.id === id) ?? null;
    this.#versions = versions;
    this.#aliases = aliases ?? null;
    this.#decisions = decisions.sort((a, b) => b.at.localeCompare(a.at));
    this.#history = performanceHistory(events, versions);
    this.#judged = judgedOnSameWeeks(events);
    this.#studyRecords = studyLines(studies);
    this.#notFound = !series && versions.length === 0 && decisions.length === 0 && studies.length === 0;
  }
}
