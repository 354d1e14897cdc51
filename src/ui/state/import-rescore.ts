// Before an imported model is registered: its test metrics are measured again on this browser's own
// series (the champion's test window, in a fit worker) where that series is stored; otherwise it is
// registered as unverified, and the champion rules never let its own numbers win.
import { planRescore, rescoredDraft, unverifiedDraft } from '../../core/exchange/imported-rescore';
import { metricsTrusted } from '../../core/registry/champion';
import type { MeasuredChampion } from '../../core/registry/champion';
import type { ModelVersion, ModelVersionDraft } from '../../core/registry/registry-types';
import type { WeeklySeries } from '../../core/data/types';
import { pointMetrics } from '../../core/model/metrics';
import type { RegistryBrowser } from '../../storage/registry-browse';
import type { RegistryRepository } from '../../storage/registry-repository';
import type { ModelRunner } from './lab-context';

export interface JudgeableImport {
  draft: ModelVersionDraft;
  /** The champion re-scored on the same window when its own recorded numbers are unverified. */
  championOnWindow: MeasuredChampion | null;
  /** What was done, in words, for the import notice. */
  note: string;
}

const UNVERIFIED = 'test metrics are the file’s own (unverified)';

/** The imported draft to register: re-scored on this browser's data where it can be, else unverified. */
export async function judgeableImport(
  draft: ModelVersionDraft,
  registry: RegistryRepository,
  browser: RegistryBrowser,
  models: ModelRunner,
): Promise<JudgeableImport> {
  const unverified = (why: string): JudgeableImport => ({ draft: unverifiedDraft(draft), championOnWindow: null, note: `${UNVERIFIED}: ${why}` });
  const champion = await registry.getChampion(draft.productId);
  if (champion.kind !== 'present') return unverified('no champion to compare with, so it is the first one');
  const series = await browser.findSeries(draft.productId, champion.model.data.digest);
  if (!series)
    return unverified(
      `the series of the champion v${champion.model.version} is not stored in this browser, so they could not be measured here; it stays a challenger unless you make it champion`,
    );
  const plan = planRescore(draft, champion.model, series);
  const forecast = plan ? await models.run((api) => api.forecastPlanned(plan)) : null;
  if (!plan || !forecast?.ok)
    return unverified(
      `its spec could not forecast the champion’s test weeks on this browser’s data${forecast && !forecast.ok ? ` (${forecast.error.message})` : ''}`,
    );
  const championOnWindow = metricsTrusted(champion.model) ? null : await rescoreChampion(champion.model, series, models);
  const rescored = rescoredDraft(draft, champion.model, series, plan, forecast.value);
  return {
    draft: rescored,
    championOnWindow,
    note: `test metrics recomputed on this browser’s data (the champion’s test weeks ${champion.model.evaluation.testWindow.start} – ${champion.model.evaluation.testWindow.end}): RMSE ${rescored.evaluation.test.rmse.toFixed(2)}`,
  };
}

/** An unverified champion measured on its own test window of `series` (its spec refitted here). */
async function rescoreChampion(champion: ModelVersion, series: WeeklySeries, models: ModelRunner): Promise<MeasuredChampion> {
  const plan = planRescore(champion, champion, series);
  const forecast = plan ? await models.run((api) => api.forecastPlanned(plan)) : null;
  if (!plan || !forecast?.ok) return { version: champion.version, metrics: 'unavailable' };
  const { rmse, mae } = pointMetrics(plan.actual, forecast.value.mean);
  return { version: champion.version, metrics: { rmse, mae, mape: null, smape: null, mase: null } };
}
