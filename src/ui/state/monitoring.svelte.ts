// State of the Monitoring screen: the decision log across products with filters, totals per run,
// the products whose error grew beyond the threshold, and the products whose champion is a baseline.
import { baselineChampions, type BaselineChampionRow } from '../../core/runs/baseline-champions';
import type { DecisionRecord } from '../../core/registry/decision-log';
import type { RunRecord } from '../../core/runs/run-record';
import { errorGrowth, filterDecisions, reasonKind, totalsPerRun, type DecisionFilter } from '../../core/runs/monitoring';
import type { OpenStores } from './lab-context';

/** Rows per page of the decision log: a page renders well inside one frame budget's worth of work. */
export const LOG_PAGE = 50;

export class MonitoringState {
  #decisions = $state.raw<DecisionRecord[]>([]);
  #runs = $state.raw<RunRecord[]>([]);
  /** Products whose current champion is a baseline, by product id. */
  #baselineChampions = $state.raw<BaselineChampionRow[]>([]);
  #filter = $state.raw<DecisionFilter>({ outcome: 'all', reason: '', product: '' });
  /** Relative growth that flags a product (0.1 = +10 %). */
  #threshold = $state(0.1);
  #page = $state(0);
  #loaded = $state(false);
  get decisions() {
    return this.#decisions;
  }
  get baselineChampions() {
    return this.#baselineChampions;
  }
  get filter() {
    return this.#filter;
  }
  get threshold() {
    return this.#threshold;
  }
  get page() {
    return this.#page;
  }
  get loaded() {
    return this.#loaded;
  }

  readonly filtered = $derived(
    filterDecisions(this.#decisions, this.#filter).sort((a, b) => b.at.localeCompare(a.at) || a.productId.localeCompare(b.productId)),
  );
  readonly pageCount = $derived(Math.max(1, Math.ceil(this.filtered.length / LOG_PAGE)));
  readonly pageRows = $derived(this.filtered.slice(this.#page * LOG_PAGE, (this.#page + 1) * LOG_PAGE));
  readonly reasons = $derived([...new Set(this.#decisions.map((d) => reasonKind(d.reason)))].sort());
  readonly perRun = $derived(totalsPerRun(this.#decisions));
  readonly grown = $derived(errorGrowth(this.#decisions, this.#threshold));

  /** `seedHistory` (development only) runs before each load. */
  constructor(
    private readonly stores: OpenStores<'monitoring' | 'runs' | 'registry'>,
    private readonly seedHistory?: () => Promise<void>,
  ) {}

  runName(id: string | null): string {
    if (id === null) return 'outside a run';
    return this.#runs.find((r) => r.id === id)?.name ?? id.slice(0, 8);
  }

  async load(): Promise<void> {
    await this.seedHistory?.();
    const { monitoring, runs, registry } = await this.stores();
    const [decisions, runList, champions] = await Promise.all([monitoring.decisions(), runs.list(), registry.listChampions()]);
    [this.#decisions, this.#runs, this.#baselineChampions, this.#loaded] = [decisions, runList, baselineChampions(champions), true];
  }

  setFilter(change: Partial<DecisionFilter>): void {
    this.#filter = { ...this.#filter, ...change };
    this.#page = 0;
  }

  /** Sets the growth that flags a product (0.1 = +10 %); never below zero. */
  setThreshold(growth: number): void {
    this.#threshold = Math.max(0, growth);
  }

  /** Shows page `page` of the filtered log (0-based), kept within the pages there are. */
  goToPage(page: number): void {
    this.#page = Math.min(Math.max(0, page), this.pageCount - 1);
  }
}
