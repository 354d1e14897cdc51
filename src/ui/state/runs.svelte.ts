// State of the Runs screen: the recorded runs (a closed tab's run marked interrupted on load),
// grouped and sorted, the runs picked for comparison, the run shown, and the artifact inspected.
import type { RunRecord } from '../../core/runs/run-record';
import type { ArtifactHeader } from '../../core/pipeline/types';
import type { DatasetRecord } from '../../core/records';
import { compareRuns, type RunComparison } from '../../core/runs/compare';
import { artifactsOnlyOf } from '../../core/runs/dataset-deletion';
import { artifactLabeler } from '../../core/runs/artifact-label';
import { lineageOf, type Lineage, type ModelRef } from '../../core/runs/lineage';
import { runGroups, sortRows, type RunRow, type RunSortKey } from '../../core/runs/run-table';
import type { OpenStores } from './lab-context';

/** Names of the Web Locks any tab or worker of this origin holds now. */
async function heldLockNames(): Promise<Set<string>> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set((state.held ?? []).map((l) => l.name ?? '').filter(Boolean));
}

export interface ArtifactView {
  digest: string;
  header: ArtifactHeader | null;
  lineage: Lineage;
  /** Datasets the lineage refers to that no longer exist. */
  deletedDatasets: string[];
  /** The step graph's label of any digest (the lineage list names its nodes the same way). */
  labelOf: (digest: string) => string;
}

export class RunsState {
  #runs = $state.raw<RunRecord[]>([]);
  #datasets = $state.raw<DatasetRecord[]>([]);
  #loaded = $state(false);
  #sortKey = $state<RunSortKey>('start');
  #ascending = $state(false);
  #selected = $state.raw<ReadonlySet<string>>(new Set());
  #shownRunId = $state<string | null>(null);
  #artifact = $state.raw<ArtifactView | null>(null);
  #metric = $state('rmse');
  #message = $state('');

  #headers: ArtifactHeader[] = [];
  /** What storage holds, as lineage names it: artifact digests, study keys, versions as `name/version`. */
  #stored = $state.raw<ReadonlySet<string>>(new Set());
  #types = $state.raw<ReadonlyMap<string, string>>(new Map());
  get runs() {
    return this.#runs;
  }
  get datasets() {
    return this.#datasets;
  }
  get loaded() {
    return this.#loaded;
  }
  get sortKey() {
    return this.#sortKey;
  }
  get ascending() {
    return this.#ascending;
  }
  get selected() {
    return this.#selected;
  }
  get shownRunId() {
    return this.#shownRunId;
  }
  get artifact() {
    return this.#artifact;
  }
  get metric() {
    return this.#metric;
  }
  get message() {
    return this.#message;
  }

  constructor(private readonly stores: OpenStores<'runs' | 'lineage'>) {}
  get #lineage() {
    return this.stores().then((s) => s.lineage);
  }

  readonly groups = $derived(
    runGroups(this.#runs).map((g) => ({ experiment: g.experiment, rows: sortRows(g.rows, this.#sortKey, this.#ascending) as RunRow[] })),
  );
  readonly comparison = $derived<RunComparison | null>(
    this.#selected.size >= 2
      ? compareRuns(
          this.#runs.filter((r) => this.#selected.has(r.id)).sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
          this.#metric,
        )
      : null,
  );
  readonly compared = $derived(this.#runs.filter((r) => this.#selected.has(r.id)).sort((a, b) => a.startedAt.localeCompare(b.startedAt)));
  readonly shownRun = $derived(this.#runs.find((r) => r.id === this.#shownRunId) ?? null);

  async load(): Promise<void> {
    const { runs: repo } = await this.stores();
    await repo.markInterrupted(await heldLockNames());
    const lineage = await this.#lineage;
    const [runs, headers, datasets, refs] = await Promise.all([repo.list(), lineage.artifactHeaders(), lineage.datasets(), lineage.storedRefs()]);
    this.#headers = headers;
    this.#types = new Map(headers.map((h) => [h.digest, h.type]));
    this.#stored = new Set([...headers.map((h) => h.digest), ...refs]);
    [this.#runs, this.#datasets] = [runs, datasets];
    this.#loaded = true;
  }

  sortBy(key: RunSortKey): void {
    if (this.#sortKey === key) this.#ascending = !this.#ascending;
    else [this.#sortKey, this.#ascending] = [key, key !== 'start'];
  }

  toggle(id: string): void {
    const next = new Set(this.#selected);
    if (!next.delete(id)) next.add(id);
    this.#selected = next;
  }

  clearComparison(): void {
    this.#selected = new Set();
  }

  /** The metric the comparison sets side by side. */
  compareOn(metric: string): void {
    this.#metric = metric;
  }

  show(id: string | null): void {
    this.#shownRunId = id;
    this.#artifact = null;
  }

  /** Short label of a graph node: its type when stored, a file by name, a series, study or version; "(deleted)" when gone. */
  readonly #label = $derived(artifactLabeler(this.#runs, this.#types, this.#stored));
  labelOf = (digest: string): string => this.#label(digest);

  async inspect(digest: string): Promise<void> {
    const header = this.#headers.find((h) => h.digest === digest) ?? null;
    const series = header ? await (await this.#lineage).seriesDigests(header) : new Set<string>();
    // Registry versions are read only when an artifact is inspected: with 500 products they are large.
    const models: ModelRef[] = await (await this.#lineage).modelRefs();
    const lineage = lineageOf(digest, this.#runs, this.#stored, models, series);
    const known = new Set(this.#datasets.map((d) => d.id));
    const deletedDatasets = [
      ...new Set(
        this.#runs
          .filter((r) => r.status === 'completed' && r.steps.some((s) => s.outputs.includes(digest) || s.inputs.includes(digest)))
          .map((r) => r.datasetId),
      ),
    ].filter((id) => !known.has(id));
    this.#artifact = { digest, header, lineage, deletedDatasets, labelOf: this.labelOf };
  }

  async deleteDataset(id: string): Promise<void> {
    const name = this.#datasets.find((d) => d.id === id)?.name ?? id;
    await (await this.#lineage).deleteDataset(id, artifactsOnlyOf(this.#runs, id));
    this.#message = `Deleted the dataset ${name}; its runs and lineage stay.`;
    await this.load();
  }
}
