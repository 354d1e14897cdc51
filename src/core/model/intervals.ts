// Prediction intervals from forecast standard errors, as R's forecast() builds them: mean ± z·se.

/** qnorm(0.9) and qnorm(0.975). */
export const Z80 = 1.2815515655446004;
export const Z95 = 1.959963984540054;

export interface Interval {
  lower: number[];
  upper: number[];
}

export function predictionInterval(mean: readonly number[], se: readonly number[], z: number): Interval {
  return { lower: mean.map((m, i) => m - z * se[i]!), upper: mean.map((m, i) => m + z * se[i]!) };
}
