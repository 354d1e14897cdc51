// The regression part of a model, as R builds it: an `intercept` column (the mean, only when
// d + D = 0), a `drift` column t (R's include.drift, with d = 1) and Fourier columns S1-52, C1-52, …;
// for training rows and for the forecast rows.
import { fourierColumnNames, fourierTerms } from '../fourier';
import { includesDrift, includesMean, type ArimaSpec } from '../spec';

/** Plain data describing how to rebuild the regressor rows at any time index. */
export interface RegressorPlan {
  intercept: boolean;
  /** Absent in states stored before drift existed. */
  drift?: boolean;
  fourier: { period: number; harmonics: number } | null;
}

export function regressorPlan(spec: ArimaSpec): RegressorPlan {
  return {
    intercept: includesMean(spec),
    drift: includesDrift(spec),
    fourier: spec.family === 'fourier' ? { period: spec.period, harmonics: spec.harmonics } : null,
  };
}

export function regressorNames(plan: RegressorPlan): string[] {
  const names = plan.intercept ? ['intercept'] : [];
  if (plan.drift) names.push('drift');
  if (plan.fourier) names.push(...fourierColumnNames(plan.fourier.period, plan.fourier.harmonics));
  return names;
}

/** Rows for time indexes from..from + length − 1 (1-based, as R's t). */
export function regressorRows(plan: RegressorPlan, from: number, length: number): number[][] {
  const fourier = plan.fourier ? fourierTerms(plan.fourier.period, plan.fourier.harmonics, from, length) : null;
  return Array.from({ length }, (_, i) => [...(plan.intercept ? [1] : []), ...(plan.drift ? [from + i] : []), ...(fourier ? fourier[i]! : [])]);
}
