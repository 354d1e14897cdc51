// An imported model forecasts before it is stored: in a fit worker, from its engine state or by
// refitting its recorded spec on its recorded series; the result must match the recorded forecast,
// and a recorded forecast of the weeks ahead must match what its own engine state forecasts.
import { checkRefitForecast } from '../../core/exchange/forecast-table';
import { forecastTable } from '../../core/registry/forecast-table';
import { checkFutureForecast, planFutureCheck } from '../../core/exchange/future-check';
import { planImportedForecast } from '../../core/exchange/imported-forecast';
import type { ImportedModel } from '../../core/exchange/model-json';
import { fail, ok, type Result } from '../../core/result';
import type { ModelRunner } from './lab-context';

/** Forecasts an imported model in a worker and checks it against the forecasts its file records. */
export async function verifyImportedForecast(m: ImportedModel, models: ModelRunner): Promise<Result<{ model: ImportedModel; note: string }, string>> {
  const backtest = await verifyBacktest(m, models);
  if (!backtest.ok) return backtest;
  const future = await verifyFuture(m, models);
  if (!future.ok) return future;
  return ok({ model: backtest.value.model, note: future.value ? `${backtest.value.note}; ${future.value}` : backtest.value.note });
}

async function verifyBacktest(m: ImportedModel, models: ModelRunner): Promise<Result<{ model: ImportedModel; note: string }, string>> {
  const plan = planImportedForecast(m.draft, m.series);
  if (plan.kind === 'none')
    return m.draft.forecast
      ? ok({ model: m, note: `recorded forecast shown, not recomputed: ${plan.reason}` })
      : fail('no-forecast', `The model for ${m.draft.productId} cannot forecast: ${plan.reason}.`);
  const forecast = await models.run((api) => api.forecastPlanned(plan));
  if (!forecast.ok) return fail('forecast-failed', `The imported model for ${m.draft.productId} could not forecast: ${forecast.error.message}`);
  const how = plan.kind === 'state' ? 'forecast from its stored engine state' : 'refitted with its recorded spec on its recorded series';
  if (!m.draft.forecast) {
    const start = m.series?.start ?? m.draft.data.start;
    const weeks = plan.kind === 'refit' ? plan.end : m.draft.data.fitted.weeks;
    return ok({ model: { ...m, draft: { ...m.draft, forecast: forecastTable(start, weeks, forecast.value.mean, forecast.value.se) } }, note: how });
  }
  const check = checkRefitForecast(m.draft.forecast, forecast.value.mean);
  if (!check.ok) return check;
  return ok({ model: m, note: `${how}; matches the recorded forecast` });
}

/** The future forecast recomputed from its native state where the file carries one; a note, or '' when there is nothing to check. */
async function verifyFuture(m: ImportedModel, models: ModelRunner): Promise<Result<string, string>> {
  const plan = planFutureCheck(m.draft);
  if (!plan || !m.draft.future) return ok('');
  const forecast = await models.run((api) => api.forecastPlanned(plan));
  if (!forecast.ok)
    return fail('forecast-failed', `The forecast of the weeks ahead for ${m.draft.productId} could not be recomputed: ${forecast.error.message}`);
  const check = checkFutureForecast(m.draft.future, forecast.value.mean);
  if (!check.ok) return fail(check.error.code, `The model for ${m.draft.productId}: ${check.error.message}`);
  return ok('its forecast of the weeks ahead matches its engine state');
}
