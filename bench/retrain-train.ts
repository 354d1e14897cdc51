// Training for bench/retrain.bench.ts: a simplified per-product run with the native engine (the
// product's seeds plus TPE trials through runStudy on the validation window, the winner refitted on
// train + validation and scored on the test weeks), returned as a registry draft with its search time.
import { importSalesCsv } from '../src/core/data/import-dataset';
import type { ProductSeries } from '../src/core/data/types';
import { nativeEngine } from '../src/core/model/native';
import type { StudyConfig } from '../src/core/config/config';
import type { ModelVersionDraft } from '../src/core/registry/registry-types';
import { versionDraft } from '../src/core/registry/version-draft';
import { evaluateOnTest, runStudy, spaceForSeries, studySplit, validationObjective } from '../src/core/search';
import { windowsOf } from '../src/core/data/windows';
import { readShared } from '../src/test/shared-data';

const engines = { native: nativeEngine };

/** Every product of the real panels, split into those long enough for test + validation + a year of training and the rest. */
export function realPanels(minWeeks: number): { products: ProductSeries[]; tooShort: Record<string, number> } {
  const products: ProductSeries[] = [];
  const tooShort: Record<string, number> = {};
  for (const path of ['data/dominicks-tuna/long.csv', 'data/walmart-weekly/long.csv', 'data/uci-sales-weekly/long.csv']) {
    const r = importSalesCsv(readShared(path), path);
    if (!r.ok) throw new Error(`${path}: ${r.error.message}`);
    for (const p of r.value.products) {
      if (p.series.values.length >= minWeeks) products.push(p);
      else tooShort[path] = (tooShort[path] ?? 0) + 1;
    }
  }
  return { products, tooShort };
}

export type Trained = { ok: true; draft: ModelVersionDraft; searchMs: number; trials: number } | { ok: false; error: string; searchMs: number };

export async function trainProduct(product: ProductSeries, config: StudyConfig, now: Date): Promise<Trained> {
  const t0 = performance.now();
  const { series } = product;
  const split = studySplit(series.values, windowsOf(config));
  if (!split.ok) return { ok: false, error: split.error.message, searchMs: 0 };
  const { space } = spaceForSeries(config.search_space, split.value.history.slice(split.value.historyStart), config.selection);
  const cfg = { ...config, search_space: space };
  const objective = validationObjective(engines, split.value, cfg.objective, () => performance.now());
  const summary = await runStudy({ studyKey: `bench-${product.id}`, productId: product.id, config: cfg, objective, now: () => Date.now() });
  const tested = evaluateOnTest(engines, 'native', split.value, summary.choice.spec, () => performance.now());
  const searchMs = performance.now() - t0;
  if (!tested.ok) return { ok: false, error: tested.error.message, searchMs };
  const { history, historyStart, test } = split.value;
  const { fit } = tested.value;
  const draft = await versionDraft({
    product,
    history,
    fittedFrom: historyStart,
    testStart: history.length,
    test,
    forecast: fit.forecast,
    spec: summary.choice.spec,
    engine: 'native',
    fitted: { ...fit.model, residuals: [] },
    config: cfg as unknown as Record<string, unknown>,
    study: summary.choice.trialNumber === null ? null : { key: summary.studyKey, trial: summary.choice.trialNumber },
    fitMs: tested.value.fitMs,
    searchMs,
    createdAt: now,
    appVersion: 'bench',
  });
  return { ok: true, draft, searchMs, trials: summary.trialsThisSession };
}
