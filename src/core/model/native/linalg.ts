// Small dense linear algebra for the estimator: inverses of k × k matrices (k = number of
// coefficients), least squares for starting values, and the symmetric eigen-decomposition that
// stands in for R's SVD rotation of the regressors.

/** Inverse by Gauss–Jordan with partial pivoting; null if (numerically) singular. */
export function invert(A: readonly (readonly number[])[]): number[][] | null {
  const n = A.length;
  const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(1e-300, ...A.map((row) => Math.max(...row.map(Math.abs))));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let i = col + 1; i < n; i++) if (Math.abs(M[i]![col]!) > Math.abs(M[pivot]![col]!)) pivot = i;
    if (!(Math.abs(M[pivot]![col]!) > 1e-13 * scale)) return null;
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    const pv = M[col]![col];
    for (let j = 0; j < 2 * n; j++) M[col]![j]! /= pv!;
    for (let i = 0; i < n; i++) {
      if (i === col || M[i]![col] === 0) continue;
      const f = M[i]![col];
      for (let j = 0; j < 2 * n; j++) M[i]![j]! -= f! * M[col]![j]!;
    }
  }
  return M.map((row) => row.slice(n));
}

export function multiply(A: readonly (readonly number[])[], B: readonly (readonly number[])[]): number[][] {
  return A.map((row) => B[0]!.map((_, j) => row.reduce((s, v, k) => s + v * B[k]![j]!, 0)));
}

export function transpose(A: readonly (readonly number[])[]): number[][] {
  return A.length === 0 ? [] : A[0]!.map((_, j) => A.map((row) => row[j]!));
}

export interface LeastSquares {
  coef: number[];
  se: number[];
}

/** OLS of y on the columns of X (rows = time points); null when X'X is singular. */
export function leastSquares(X: readonly (readonly number[])[], y: ArrayLike<number>): LeastSquares | null {
  const n = X.length;
  const k = X[0]?.length ?? 0;
  const XtX = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const Xty = new Array<number>(k).fill(0);
  for (let t = 0; t < n; t++) {
    const row = X[t]!;
    for (let i = 0; i < k; i++) {
      Xty[i]! += row[i]! * y[t]!;
      for (let j = 0; j < k; j++) XtX[i]![j]! += row[i]! * row[j]!;
    }
  }
  const inv = invert(XtX);
  if (!inv) return null;
  const coef = inv.map((row) => row.reduce((s, v, j) => s + v * Xty[j]!, 0));
  let rss = 0;
  for (let t = 0; t < n; t++) {
    const e = y[t]! - X[t]!.reduce((s, v, j) => s + v * coef[j]!, 0);
    rss += e * e;
  }
  const s2 = n > k ? rss / (n - k) : Number.NaN;
  return { coef, se: inv.map((row, i) => Math.sqrt(s2 * row[i]!)) };
}

/** Eigenvectors (columns of V) of a symmetric matrix by cyclic Jacobi, by decreasing eigenvalue. */
export function symmetricEigenvectors(S: readonly (readonly number[])[]): number[][] {
  const n = S.length;
  const A = S.map((row) => [...row]);
  const V = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j): number => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += A[i]![j]! * A[i]![j]!;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(A[p]![q]!) < 1e-300) continue;
        const theta = (A[q]![q]! - A[p]![p]!) / (2 * A[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1),
          s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k]![p],
            akq = A[k]![q];
          A[k]![p] = c * akp! - s * akq!;
          A[k]![q] = s * akp! + c * akq!;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p]![k],
            aqk = A[q]![k];
          A[p]![k] = c * apk! - s * aqk!;
          A[q]![k] = s * apk! + c * aqk!;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k]![p],
            vkq = V[k]![q];
          V[k]![p] = c * vkp! - s * vkq!;
          V[k]![q] = s * vkp! + c * vkq!;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => A[y]![y]! - A[x]![x]!);
  return V.map((row) => order.map((j) => row[j]!));
}
