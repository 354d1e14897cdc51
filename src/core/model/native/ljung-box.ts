// The Ljung–Box test on residuals as forecast::checkresiduals runs it: Box.test(type = "Ljung-Box",
// fitdf = p + q + P + Q) with lag = 2m (10 if m = 1), capped at n/5 and at least fitdf + 3.

export interface LjungBox {
  lag: number;
  fitdf: number;
  statistic: number;
  pValue: number;
}

export function ljungBoxLag(period: number, n: number, fitdf: number): number {
  let lag = period > 1 ? 2 * period : 10;
  lag = Math.min(lag, Math.round(n / 5));
  return Math.max(lag, fitdf + 3);
}

export function ljungBox(residuals: readonly number[], lag: number, fitdf: number): LjungBox {
  const n = residuals.length;
  const mean = residuals.reduce((s, v) => s + v, 0) / n;
  const centred = residuals.map((v) => v - mean);
  const denom = centred.reduce((s, v) => s + v * v, 0);
  let statistic = 0;
  for (let k = 1; k <= lag; k++) {
    let acf = 0;
    for (let t = k; t < n; t++) acf += centred[t]! * centred[t - k]!;
    acf /= denom;
    statistic += (acf * acf) / (n - k);
  }
  statistic *= n * (n + 2);
  return { lag, fitdf, statistic, pValue: chiSquareUpper(statistic, lag - fitdf) };
}

/** P(χ²_df > x) = Q(df/2, x/2), the regularised upper incomplete gamma. */
export function chiSquareUpper(x: number, df: number): number {
  if (df <= 0) return Number.NaN;
  const a = df / 2, z = x / 2;
  if (z <= 0) return 1;
  const lnPrefix = a * Math.log(z) - z - logGamma(a);
  if (z < a + 1) {
    let term = 1 / a, sum = term;
    for (let k = 1; k < 1000 && Math.abs(term) > 1e-16 * Math.abs(sum); k++) {
      term *= z / (a + k);
      sum += term;
    }
    return 1 - sum * Math.exp(lnPrefix);
  }
  // Continued fraction (Lentz).
  let b = z + 1 - a, c = 1e300, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(lnPrefix) * h;
}

function logGamma(x: number): number {
  const g = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const xm = x - 1;
  let s = 0.99999999999980993;
  for (let i = 0; i < 8; i++) s += g[i]! / (xm + i + 1);
  const t = xm + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(s);
}
