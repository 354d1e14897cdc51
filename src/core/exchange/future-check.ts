// An imported model's forecast of the weeks ahead, checked against the engine state it was made
// from: where the file carries a native ARIMA state, forecasting from it must give the recorded
// means back (after the same truncation at zero), or the import is refused.
import type { FutureForecast } from '../registry/registry-types';
import type { ModelVersionDraft } from '../registry/registry-types';
import type { NativeState } from '../model/native';
import { isArimaSpec } from '../model/spec';
import { fail, ok, type Result } from '../result';
import { REFIT_TOLERANCE, worstDifference } from './forecast-table';

/** The native engine state a future forecast can be recomputed from, or null (wasm fit, baseline, combination, none). */
export function nativeFutureState(future: FutureForecast | null | undefined): NativeState | null {
  const fitted = future?.fitted;
  if (!fitted || fitted.engine !== 'native' || !isArimaSpec(fitted.spec)) return null;
  // Shape-checked by plainJson only: a malformed state throws or gives non-finite numbers, caught by the caller.
  return typeof fitted.state === 'object' && fitted.state !== null ? (fitted.state as NativeState) : null;
}

/** The plan that recomputes a draft's future forecast from its state, or null when it cannot be recomputed. */
export function planFutureCheck(draft: ModelVersionDraft): { kind: 'state'; state: NativeState; horizon: number } | null {
  const state = nativeFutureState(draft.future);
  return state && draft.future ? { kind: 'state', state, horizon: draft.future.table.mean.length } : null;
}

/** Whether `mean` (forecast from the state) reproduces the recorded future means, truncated at zero as they were. */
export function checkFutureForecast(
  future: FutureForecast,
  mean: readonly number[],
  tolerance = REFIT_TOLERANCE,
): Result<{ maxDifference: number }, 'future-mismatch'> {
  const recorded = future.table;
  if (mean.length < recorded.mean.length) {
    return fail(
      'future-mismatch',
      `The engine state in the file gave ${mean.length} weeks ahead; its forecast of the weeks ahead records ${recorded.mean.length}.`,
    );
  }
  const comparable = mean.slice(0, recorded.mean.length).map((m) => (future.truncatedAtZero ? Math.max(m, 0) : m));
  const { worst, week } = worstDifference(recorded, comparable);
  if (!(worst <= tolerance)) {
    return fail(
      'future-mismatch',
      `The forecast of the weeks ahead in the file is not what its engine state forecasts (week ending ${week} differs by ${(worst * 100).toFixed(3)} %): the file was edited or is corrupt.`,
    );
  }
  return ok({ maxDifference: worst });
}
