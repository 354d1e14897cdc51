// Fourier regressors of a seasonal cycle, as forecast::fourier() builds them: for t = 1..n (and
// n+1..n+h for the future), columns S1, C1, S2, C2, … with S_k = sin(2πkt/m), C_k = cos(2πkt/m).

/** Column names as R writes them, e.g. "S1-52", "C1-52" (period rounded in the name only). */
export function fourierColumnNames(period: number, harmonics: number): string[] {
  const m = Math.round(period);
  const names: string[] = [];
  for (let k = 1; k <= harmonics; k++) {
    if (!isRedundantSine(k, period)) names.push(`S${k}-${m}`);
    names.push(`C${k}-${m}`);
  }
  return names;
}

/** At k = m/2 the sine is zero at every integer t, so R drops it. */
function isRedundantSine(k: number, period: number): boolean {
  return Math.abs(2 * k - period) < 1e-9;
}

/**
 * Rows of regressors for time indexes `from`..`from + length − 1` (1-based, as R's t).
 * Training rows use from = 1; the forecast rows of a series of n points use from = n + 1.
 */
export function fourierTerms(period: number, harmonics: number, from: number, length: number): number[][] {
  if (harmonics < 1 || 2 * harmonics > period) {
    throw new Error(`fourierTerms needs 1 ≤ K ≤ period/2 (got K=${harmonics}, period=${period})`);
  }
  const rows: number[][] = [];
  for (let i = 0; i < length; i++) {
    const t = from + i;
    const row: number[] = [];
    for (let k = 1; k <= harmonics; k++) {
      const angle = (2 * Math.PI * k * t) / period;
      if (!isRedundantSine(k, period)) row.push(Math.sin(angle));
      row.push(Math.cos(angle));
    }
    rows.push(row);
  }
  return rows;
}
