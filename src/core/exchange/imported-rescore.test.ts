import { describe, expect, it } from 'vitest';
import { modelVersion, wavySeries } from '../../test/model-version';
import { weekEndingAt } from '../registry/training-data';
import { planRescore, rescoredDraft, unverifiedDraft } from './imported-rescore';

const series = wavySeries(100);
const IMPORTED = {
  kind: 'imported',
  importedAt: '2026-12-01T00:00:00.000Z',
  fileName: 'x.json',
  exportedAt: '2026-11-01T00:00:00.000Z',
  exportedBy: '0.1.0',
  checksum: 'a'.repeat(64),
  originalName: 'arima_book_p',
  originalVersion: 3,
} as const;

async function champion() {
  const base = await modelVersion(series);
  // Fitted on weeks 10–91, tested on weeks 92–99 (0-based) of the series.
  return {
    ...base,
    data: { ...base.data, fitted: { start: weekEndingAt(series.start, 10), end: weekEndingAt(series.start, 91), weeks: 82 } },
    evaluation: { ...base.evaluation, testWindow: { start: weekEndingAt(series.start, 92), end: weekEndingAt(series.start, 99), weeks: 8 } },
  };
}

describe("re-scoring an imported model on the importer's own series", () => {
  it("refits its spec on the weeks the champion was fitted on and scores it on the champion's test weeks", async () => {
    const plan = planRescore({ spec: { family: 'arima', order: { p: 0, d: 1, q: 0 } }, engine: 'wasm' }, await champion(), series)!;
    expect(plan).toMatchObject({ kind: 'refit', engine: 'wasm', horizon: 8, end: 92 });
    expect(plan.train).toEqual(series.values.slice(10, 92));
    expect(plan.actual).toEqual(series.values.slice(92, 100));
  });

  it("is impossible when the series does not hold the champion's test weeks", async () => {
    expect(
      planRescore({ spec: { family: 'arima', order: { p: 0, d: 1, q: 0 } }, engine: 'wasm' }, await champion(), {
        start: series.start,
        values: series.values.slice(0, 95),
      }),
    ).toBeNull();
  });

  it("replaces the file's metrics (RMSE 0.5) by what its forecast scores here, and drops its state and its weeks ahead", async () => {
    const ref = await champion();
    const file = {
      ...(await modelVersion(series)),
      provenance: IMPORTED,
      evaluation: { ...ref.evaluation, test: { rmse: 0.5, mae: 0.5, mape: 0, smape: 0, mase: 0 } },
    };
    const plan = planRescore(file, ref, series)!;
    const draft = rescoredDraft(file, ref, series, plan, { mean: Array(8).fill(999_999), se: Array(8).fill(1) });
    expect(draft.evaluation.test.rmse).toBeGreaterThan(999_000);
    expect(draft.evaluation.testWindow).toEqual(ref.evaluation.testWindow);
    expect(draft.data).toEqual(ref.data);
    expect(draft.forecast!.weekEnding[0]).toBe(ref.evaluation.testWindow.start);
    expect(draft).toMatchObject({ fitted: null, future: null, provenance: { kind: 'imported', verification: 'recomputed' } });
  });

  it('marks a draft it could not re-score as unverified', async () => {
    expect(unverifiedDraft({ ...(await modelVersion(series)), provenance: IMPORTED }).provenance).toMatchObject({ verification: 'unverified' });
  });
});
