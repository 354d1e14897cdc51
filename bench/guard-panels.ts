// Histories for calibrating the forecast guards: windows of the real weekly panels (tuna, Walmart,
// UCI products, and the training part only of M4 weekly), each split into history and horizon.
import type { ModelSpec } from '../src/core/model/spec';
import { readShared } from '../src/test/shared-data';
import { tunaPanel, walmartPanel, type Panel } from './native-panels';

export interface Window {
  id: string;
  panel: string;
  history: number[];
  /** What really followed the history (for judging the forecast), `horizon` weeks or fewer. */
  future: number[];
}

function longCsv(path: string, keep: (f: string[], cols: string[]) => boolean = () => true): Panel[] {
  const [header, ...lines] = readShared(path).replace(/\r/g, '').trimEnd().split('\n');
  const cols = header!.split(',');
  const id = cols.indexOf('id'),
    vol = cols.indexOf('volume');
  const byId = new Map<string, number[]>();
  for (const line of lines) {
    const f = line.split(',');
    if (!keep(f, cols)) continue;
    const ys = byId.get(f[id]!) ?? [];
    ys.push(Number(f[vol]));
    byId.set(f[id]!, ys);
  }
  return [...byId].map(([i, y]) => ({ id: i, y }));
}

export const uciPanel = () => longCsv('data/uci-sales-weekly/long.csv');
/** M4 weekly, rows marked part=train only (the test rows are a benchmark's and stay unseen). */
export const m4TrainPanel = () => longCsv('data/m4-weekly-dev/long.csv', (f, cols) => f[cols.indexOf('part')] === 'train');

/** Windows of `length` history weeks followed by up to `horizon` weeks, `stride` apart, newest last. */
export function windows(panel: string, series: Panel[], length: number, horizon: number, maxPerSeries: number): Window[] {
  const out: Window[] = [];
  for (const { id, y } of series) {
    for (let k = 0, end = y.length - horizon; k < maxPerSeries && end - length >= 0; k++, end -= horizon) {
      out.push({ id: `${id}@${end}`, panel, history: y.slice(end - length, end), future: y.slice(end, end + horizon) });
    }
  }
  return out;
}

const P = 365.25 / 7;
const arima = (p: number, d: number, q: number): ModelSpec => ({ family: 'arima', order: { p, d, q } });
const fourier = (p: number, d: number, q: number, K: number): ModelSpec => ({ family: 'fourier', order: { p, d, q }, harmonics: K, period: P });
const sarima = (p: number, d: number, q: number, D: number): ModelSpec => ({ family: 'sarima', order: { p, d, q }, seasonal: { P: 0, D, Q: 0, s: 52 } });

/** Models nobody should be stopped from seeing: d ≤ 1, Fourier K ≤ 3, seasonal naive-like. */
export const SENSIBLE: readonly ModelSpec[] = [
  arima(0, 1, 1),
  arima(1, 1, 1),
  arima(1, 0, 1),
  arima(1, 0, 0),
  arima(0, 1, 0),
  arima(2, 1, 1),
  fourier(1, 0, 1, 1),
  fourier(1, 0, 1, 3),
  fourier(0, 1, 1, 2),
  fourier(1, 1, 1, 3),
  fourier(1, 0, 0, 2),
];
/** Seasonal naive-like models, for histories of two years or more. */
export const SEASONAL_NAIVE: readonly ModelSpec[] = [sarima(0, 0, 0, 1), sarima(1, 0, 0, 1)];
/** The usual culprits: d = 2 (quadratic-ish trends), with and without many Fourier terms. */
export const SUSPECT: readonly ModelSpec[] = [
  arima(3, 2, 0),
  arima(2, 2, 0),
  arima(1, 2, 0),
  arima(0, 2, 0),
  arima(0, 2, 1),
  arima(1, 2, 1),
  fourier(3, 2, 0, 6),
  fourier(2, 2, 1, 3),
  fourier(1, 2, 0, 6),
];
