// State of the Runs screen: the recorded runs (a closed tab's run marked interrupted on load),
// grouped and sorted, the runs picked for comparison, the run shown, and the artifact inspected.
import type { RunRecord } from '../../core/pipeline/run-record';
import type { ArtifactHeader } from '../../core/pipeline/types';
import type { DatasetRecord } from '../../core/records';
import { compareRuns, type RunComparison } from '../../core/runs/compare';
import { artifactsOnlyOf } from '../../core/runs/dataset-deletion';
import { lineageOf, type Lineage, type ModelRef } from '../../core/runs/lineage';
import { runGroups, sortRows, type RunRow, type RunSortKey } from '../../core/runs/run-table';
import { shelfcastDb } from '../../storage/db';
import { LineageRepository } from '../../storage/lineage-repository';
import { RunRepository } from '../../storage/run-repository';

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
}

export class RunsState {
  runs = $state.raw<RunRecord[]>([]);
  datasets = $state.raw<DatasetRecord[]>([]);
  loaded = $state(false);
  sortKey = $state<RunSortKey>('start');
  ascending = $state(false);
  selected = $state.raw<ReadonlySet<string>>(new Set());
  shownRunId = $state<string | null>(null);
  artifact = $state.raw<ArtifactView | null>(null);
  metric = $state('rmse');
  message = $state('');

  #headers: ArtifactHeader[] = [];
  get #db() {
    return shelfcastDb();
  }
  get #runs() {
    return this.#db.then((db) => new RunRepository(db));
  }
  get #lineage() {
    return this.#db.then((db) => new LineageRepository(db));
  }

  readonly groups = $derived(runGroups(this.runs).map((g) => ({ experiment: g.experiment, rows: sortRows(g.rows, this.sortKey, this.ascending) as RunRow[] })));
  readonly comparison = $derived<RunComparison | null>(this.selected.size >= 2 ? compareRuns(this.runs.filter((r) => this.selected.has(r.id)).sort((a, b) => a.startedAt.localeCompare(b.startedAt)), this.metric) : null);
  readonly compared = $derived(this.runs.filter((r) => this.selected.has(r.id)).sort((a, b) => a.startedAt.localeCompare(b.startedAt)));
  readonly shownRun = $derived(this.runs.find((r) => r.id === this.shownRunId) ?? null);

  async load(): Promise<void> {
    const repo = await this.#runs;
    await repo.markInterrupted(await heldLockNames());
    const lineage = await this.#lineage;
    [this.runs, this.#headers, this.datasets] = await Promise.all([repo.list(), lineage.artifactHeaders(), lineage.datasets()]);
    this.#headerByDigest = new Map(this.#headers.map((h) => [h.digest, h]));
    this.loaded = true;
  }

  sortBy(key: RunSortKey): void {
    if (this.sortKey === key) this.ascending = !this.ascending;
    else [this.sortKey, this.ascending] = [key, key !== 'start'];
  }

  toggle(id: string): void {
    const next = new Set(this.selected);
    if (!next.delete(id)) next.add(id);
    this.selected = next;
  }

  show(id: string | null): void {
    this.shownRunId = id;
    this.artifact = null;
  }

  /** The step that wrote each digest, over all runs: computed once per load, read per graph node. */
  readonly #producers = $derived(new Map(this.runs.flatMap((r) => r.steps.flatMap((s) => s.outputs.map((o) => [o, s.step] as const))).reverse()));
  #headerByDigest = new Map<string, ArtifactHeader>();

  /** Short label of an artifact digest: its type when stored, the step that wrote it when deleted, else a file. */
  labelOf = (digest: string): string => {
    const header = this.#headerByDigest.get(digest);
    if (header) return header.type;
    const step = this.#producers.get(digest);
    return step === undefined ? 'file' : `${step} (deleted)`;
  };

  async inspect(digest: string): Promise<void> {
    const header = this.#headers.find((h) => h.digest === digest) ?? null;
    const series = header ? await (await this.#lineage).seriesDigests(header) : new Set<string>();
    // Registry versions are read only when an artifact is inspected: with 500 products they are large.
    const models: ModelRef[] = await (await this.#lineage).modelRefs();
    const lineage = lineageOf(digest, this.runs, new Set(this.#headers.map((h) => h.digest)), models, series);
    const known = new Set(this.datasets.map((d) => d.id));
    const deletedDatasets = [...new Set(this.runs.filter((r) => r.status === 'completed' && r.steps.some((s) => s.outputs.includes(digest) || s.inputs.includes(digest))).map((r) => r.datasetId))].filter((id) => !known.has(id));
    this.artifact = { digest, header, lineage, deletedDatasets };
  }

  async deleteDataset(id: string): Promise<void> {
    const name = this.datasets.find((d) => d.id === id)?.name ?? id;
    await (await this.#lineage).deleteDataset(id, artifactsOnlyOf(this.runs, id));
    this.message = `Deleted the dataset ${name}; its runs and lineage stay.`;
    await this.load();
  }
}
