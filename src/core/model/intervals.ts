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

/** The 80 % and 95 % bounds of a forecast table, as R's forecast() reports them. */
export interface PredictionBands {
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
}

export function predictionBands(mean: readonly number[], se: readonly number[]): PredictionBands {
  const [i80, i95] = [predictionInterval(mean, se, Z80), predictionInterval(mean, se, Z95)];
  return { lower80: i80.lower, upper80: i80.upper, lower95: i95.lower, upper95: i95.upper };
}
