// The runs table: one row per run with its duration, the parameters that vary within its
// experiment, and its totals; sorted by any column; grouped by experiment.
import { runTotals, type RunRecord } from './run-record';
import { compareRuns } from './compare';

export type RunSortKey = 'name' | 'kind' | 'status' | 'start' | 'duration' | 'params' | 'totals';

export interface RunRow {
  run: RunRecord;
  durationMs: number | null;
  /** `key=value` for each configuration value that differs between runs of the same experiment. */
  params: string;
  /** Import: steps ran/cached; train: retrained/reused/failed and time saved. */
  totals: string;
}

export function durationMs(run: RunRecord): number | null {
  return run.endedAt ? Date.parse(run.endedAt) - Date.parse(run.startedAt) : null;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000
    ? `${Math.round(ms)} ms`
    : ms < 60_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function totalsText(run: RunRecord): string {
  if (run.kind === 'import') {
    const count = (s: string) => run.steps.filter((x) => x.status === s).length;
    return (
      ['ran', 'cached', 'failed', 'not-run']
        .filter((s) => count(s) > 0)
        .map((s) => `${count(s)} ${s}`)
        .join(', ') || 'no steps'
    );
  }
  const t = runTotals(run);
  return `${t.retrained} retrained, ${t.reused} reused${t.refit ? ` (${t.refit} refitted)` : ''}${t.failed ? `, ${t.failed} failed` : ''}; saved ${formatMs(t.savedMs)}`;
}

/** Rows per experiment, experiments by their newest run first. */
export function runGroups(runs: readonly RunRecord[]): { experiment: string; rows: RunRow[] }[] {
  const by = new Map<string, RunRecord[]>();
  for (const r of runs) by.set(r.experiment, [...(by.get(r.experiment) ?? []), r]);
  const groups = [...by].map(([experiment, list]) => {
    // Imports and trainings of one file share the experiment but no configuration keys: compare each kind apart.
    const params = new Map<RunRecord, string>();
    for (const kind of new Set(list.map((r) => r.kind))) {
      const same = list.filter((r) => r.kind === kind);
      const varying = compareRuns(same).config.filter((c) => c.differs && !c.key.startsWith('files') && c.key !== 'sourceDigest');
      same.forEach((run, i) => params.set(run, varying.map((c) => `${c.key}=${c.values[i]}`).join(', ')));
    }
    const rows = list.map((run) => ({ run, durationMs: durationMs(run), totals: totalsText(run), params: params.get(run) ?? '' }));
    return { experiment, rows, newest: list.reduce((m, r) => (r.startedAt > m ? r.startedAt : m), '') };
  });
  return groups.sort((a, b) => b.newest.localeCompare(a.newest)).map(({ experiment, rows }) => ({ experiment, rows }));
}

export function sortRows(rows: readonly RunRow[], key: RunSortKey, ascending: boolean): RunRow[] {
  const value = (r: RunRow): string | number => {
    switch (key) {
      case 'name':
        return r.run.name;
      case 'kind':
        return r.run.kind;
      case 'status':
        return r.run.status;
      case 'start':
        return r.run.startedAt;
      case 'duration':
        return r.durationMs ?? Number.POSITIVE_INFINITY;
      case 'params':
        return r.params;
      case 'totals':
        return r.totals;
    }
  };
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    return (
      sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) || b.run.startedAt.localeCompare(a.run.startedAt)
    );
  });
}
