// Narrows the search space to what a product's history supports and needs: families its length can
// fit, and (auto selection) the differencing order that unit-root tests choose — recorded as
// evidence — instead of searching d blindly, and no seasonal families without a yearly pattern.
import { chooseDifferencing, seasonalEvidence, type DifferencingEvidence } from '../model/differencing';
import { BASELINE_METHODS } from '../model/spec';
import type { SearchFamily, SearchSpaceConfig, SelectionName } from '../config/config';

export interface DroppedFamily {
  family: SearchFamily;
  reason: string;
}

export interface FittedSpace {
  space: SearchSpaceConfig;
  dropped: DroppedFamily[];
  /** Auto selection only: the tests behind d and the seasonal families. */
  evidence: { differencing: DifferencingEvidence; seasonalStrength: number; seasons: number } | null;
}

/** Below this strength of the yearly pattern, seasonal families only fit noise. */
export const MIN_SEASONAL_STRENGTH = 0.3;
/** Under three seasons the decomposition cannot tell a pattern from noise: the rolling origins decide alone. */
export const MIN_SEASONS_TO_GATE = 3;

/**
 * SARIMA needs two full seasons (as forecast::nsdiffs asks before it tests seasonal differencing);
 * ARIMA + Fourier needs one full cycle of its period; plain ARIMA and the baselines always fit.
 */
export function spaceForSeries(space: SearchSpaceConfig, history: readonly number[], selection: SelectionName = 'original'): FittedSpace {
  const trainWeeks = history.length;
  const dropped: DroppedFamily[] = [];
  let evidence: FittedSpace['evidence'] = null;
  let d = space.d;
  let strength = 1;
  if (selection === 'auto') {
    const differencing = chooseDifferencing(history, space.d.high);
    const chosen = Math.max(space.d.low, differencing.d);
    d = { low: chosen, high: chosen };
    const seasonal = seasonalEvidence(history, space.s);
    strength = seasonal.seasons >= MIN_SEASONS_TO_GATE ? seasonal.strength : 1;
    evidence = { differencing, seasonalStrength: seasonal.strength, seasons: seasonal.seasons };
  }
  const families = space.families.filter((family) => {
    if (family === 'sarima' && trainWeeks < 2 * space.s) {
      dropped.push({ family, reason: `SARIMA with s = ${space.s} needs ${2 * space.s} training weeks (two seasons); this product has ${trainWeeks}.` });
      return false;
    }
    if (family === 'fourier' && trainWeeks < Math.ceil(space.fourier_period)) {
      dropped.push({
        family,
        reason: `Fourier terms of period ${space.fourier_period.toFixed(2)} need a full cycle; this product has ${trainWeeks} training weeks.`,
      });
      return false;
    }
    // Only where a plain ARIMA stays to search: a space restricted to seasonal families is the user's choice.
    if ((family === 'sarima' || family === 'fourier') && strength < MIN_SEASONAL_STRENGTH && space.families.includes('arima')) {
      dropped.push({
        family,
        reason: `The yearly pattern is weak (seasonal strength ${strength.toFixed(2)} < ${MIN_SEASONAL_STRENGTH}), so seasonal terms would only fit noise.`,
      });
      return false;
    }
    return true;
  });
  // Seasonal naive is a seasonal model too: without a yearly pattern it repeats last year's noise.
  const baselines = strength < MIN_SEASONAL_STRENGTH || trainWeeks <= space.s ? { baselines: BASELINE_METHODS.filter((m) => m !== 'seasonal-naive') } : {};
  return { space: { ...space, d, families, ...baselines }, dropped, evidence };
}
