// The series bench/choice.bench.ts gives to Train: M4's weekly development half (train then test
// weeks) and the retail panels, or in pseudo-holdout mode the same without their real test weeks.
import { readShared } from '../src/test/shared-data';
import { tunaPanel, walmartPanel } from './native-panels';

export type SetName = 'm4' | 'tuna' | 'walmart';

/** What Train gets: `values`, whose last `horizon` weeks are the held-out window scored here. */
export interface BenchSeries {
  set: SetName;
  id: string;
  start: string;
  values: number[];
  horizon: number;
}

export const M4_HORIZON = 13;
export const RETAIL_TEST_WEEKS = 32;

/** The weeks before the held-out window, and the window itself. */
export function splitHeldOut(s: BenchSeries): { history: number[]; test: number[] } {
  return { history: s.values.slice(0, -s.horizon), test: s.values.slice(-s.horizon) };
}

/** M4 weekly-dev in file order; pseudo drops the 13 test rows, so the last 13 train weeks are held out. */
export function m4Series(pseudo: boolean): BenchSeries[] {
  const [header, ...lines] = readShared('data/m4-weekly-dev/long.csv').replace(/\r/g, '').trimEnd().split('\n');
  const cols = header!.split(',');
  const [idCol, weekCol, volCol, partCol] = ['id', 'week_ending', 'volume', 'part'].map((c) => cols.indexOf(c)) as [number, number, number, number];
  const byId = new Map<string, { weeks: string[]; train: number[]; test: number[] }>();
  for (const line of lines) {
    const f = line.split(',');
    const s = byId.get(f[idCol]!) ?? { weeks: [], train: [], test: [] };
    s.weeks.push(f[weekCol]!);
    (f[partCol] === 'test' ? s.test : s.train).push(Number(f[volCol]));
    byId.set(f[idCol]!, s);
  }
  return [...byId].map(([id, s]) => ({ set: 'm4', id, start: s.weeks.sort()[0]!, values: pseudo ? s.train : [...s.train, ...s.test], horizon: M4_HORIZON }));
}

/** Tuna and Walmart; pseudo drops the real last 32 weeks and holds out the 32 before them. */
export function retailSeries(pseudo: boolean): BenchSeries[] {
  const panels: [SetName, { id: string; y: number[] }[]][] = [
    ['tuna', tunaPanel()],
    ['walmart', walmartPanel()],
  ];
  return panels.flatMap(([set, panel]) =>
    panel.map((p) => ({ set, id: p.id, start: '2010-01-02', values: pseudo ? p.y.slice(0, -RETAIL_TEST_WEEKS) : p.y, horizon: RETAIL_TEST_WEEKS })),
  );
}
