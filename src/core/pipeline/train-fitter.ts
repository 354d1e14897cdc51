// A TrainFitter over engines in this thread: what a worker runs for one fit, and what Node (tests,
// benchmarks) runs directly. The browser's page never uses it; it sends each fit to the pool.
import type { ModelVersion } from '../registry/registry-types';
import type { ChampionForecaster } from '../registry/recent-performance';
import { evaluateOnTest, fitFuture, validationObjective, type Engines } from '../search/objective';
import type { TrainFitter } from './train-ports';

/** Point forecasts of a stored version: its spec refitted on `history` with its engine. */
export function refitForecaster(engines: Engines): ChampionForecaster {
  return async (model: ModelVersion, history, horizon) => {
    const engine = engines[model.engine] ?? Object.values(engines)[0];
    if (!engine) return null;
    // As the version was fitted: on at most as many latest weeks as its own fit used (data/windows.ts maxTrain).
    const window = model.data.fitted.start === model.data.start ? history.values : history.values.slice(-model.data.fitted.weeks);
    const fitted = engine.fit(window, model.spec, horizon);
    return fitted.ok ? fitted.value.forecast.mean : null;
  };
}

export function localFitter(engines: Engines, clock: () => number = Date.now): TrainFitter {
  return {
    validation: ({ split, spec, params, metric }) => validationObjective(engines, split, metric, clock)(spec, params),
    test: async ({ split, spec, engine }) => evaluateOnTest(engines, engine, split, spec, clock),
    future: async ({ values, start, spec, engine, horizon }) => fitFuture(engines, engine, values, start, spec, horizon),
    forecaster: refitForecaster(engines),
  };
}
