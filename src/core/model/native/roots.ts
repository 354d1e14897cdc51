// Polynomial roots (Aberth–Ehrlich iteration) for R's stationarity check `arCheck` and its
// MA root flipping `maInvert`; the polynomials here are short (non-seasonal or seasonal blocks).

interface Complex {
  re: number;
  im: number;
}

/** Roots of c[0] + c[1]·z + … + c[n]·z^n (c[n] ≠ 0), as R's polyroot. */
export function polyroot(c: readonly number[]): Complex[] {
  const n = c.length - 1;
  if (n < 1) return [];
  const lead = c[n]!;
  const a = c.map((v) => v / lead);
  const bound = 1 + Math.max(...a.slice(0, n).map(Math.abs));
  const z: Complex[] = Array.from({ length: n }, (_, k) => {
    const angle = (2 * Math.PI * k) / n + 0.4;
    return { re: 0.5 * bound * Math.cos(angle), im: 0.5 * bound * Math.sin(angle) };
  });
  for (let iter = 0; iter < 500; iter++) {
    let moved = 0;
    for (let k = 0; k < n; k++) {
      // p(z)/p'(z) by Horner.
      let pr = 1,
        pi = 0,
        dr = 0,
        di = 0;
      for (let j = n - 1; j >= 0; j--) {
        const ndr = dr * z[k]!.re - di * z[k]!.im + pr;
        const ndi = dr * z[k]!.im + di * z[k]!.re + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * z[k]!.re - pi * z[k]!.im + a[j]!;
        const npi = pr * z[k]!.im + pi * z[k]!.re;
        pr = npr;
        pi = npi;
      }
      const den = dr * dr + di * di;
      if (den === 0) continue;
      const nr = (pr * dr + pi * di) / den;
      const ni = (pi * dr - pr * di) / den;
      let sr = 0,
        si = 0;
      for (let j = 0; j < n; j++) {
        if (j === k) continue;
        const xr = z[k]!.re - z[j]!.re,
          xi = z[k]!.im - z[j]!.im;
        const m = xr * xr + xi * xi;
        if (m === 0) continue;
        sr += xr / m;
        si += -xi / m;
      }
      // w = N / (1 − N·S)
      const tr = 1 - (nr * sr - ni * si),
        ti = -(nr * si + ni * sr);
      const tm = tr * tr + ti * ti;
      const wr = (nr * tr + ni * ti) / tm,
        wi = (ni * tr - nr * ti) / tm;
      z[k] = { re: z[k]!.re - wr, im: z[k]!.im - wi };
      moved = Math.max(moved, Math.hypot(wr, wi) / (1 + Math.hypot(z[k]!.re, z[k]!.im)));
    }
    if (moved < 1e-15) break;
  }
  return z;
}

const modulus = (c: Complex) => Math.hypot(c.re, c.im);

/** R's arCheck: all roots of 1 − φ1·z − … − φp·z^p lie outside the unit circle. */
export function arCheck(ar: readonly number[]): boolean {
  const poly = [1, ...ar.map((v) => -v)];
  let last = poly.length - 1;
  while (last > 0 && poly[last] === 0) last--;
  if (last === 0) return true;
  return polyroot(poly.slice(0, last + 1)).every((r) => modulus(r) > 1);
}

/** R's maInvert: reflects MA roots inside the unit circle to make the MA part invertible. */
export function maInvert(ma: readonly number[]): number[] {
  const q = ma.length;
  const poly = [1, ...ma];
  let q0 = poly.length - 1;
  while (q0 > 0 && poly[q0] === 0) q0--;
  if (q0 === 0) return [...ma];
  const roots = polyroot(poly.slice(0, q0 + 1));
  const inside = roots.map((r) => modulus(r) < 1);
  if (!inside.some(Boolean)) return [...ma];
  if (q0 === 1) return [1 / ma[0]!, ...new Array<number>(q - 1).fill(0)];
  const flipped = roots.map((r, i) => {
    if (!inside[i]) return r;
    const m = r.re * r.re + r.im * r.im;
    return { re: r.re / m, im: -r.im / m };
  });
  // x ← c(x, 0) − c(0, x)/r, complex arithmetic.
  let xr = [1],
    xi = [0];
  for (const r of flipped) {
    const m = r.re * r.re + r.im * r.im;
    const ir = r.re / m,
      ii = -r.im / m;
    const nr = [...xr, 0],
      ni = [...xi, 0];
    for (let j = 0; j < xr.length; j++) {
      nr[j + 1]! -= xr[j]! * ir - xi[j]! * ii;
      ni[j + 1]! -= xr[j]! * ii + xi[j]! * ir;
    }
    xr = nr;
    xi = ni;
  }
  return [...xr.slice(1), ...new Array<number>(q - q0).fill(0)];
}
