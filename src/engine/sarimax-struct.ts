// Reads ctsa's fitted `sarimax_set` struct from the WASM heap (arima 0.2.8, wasm32 layout, offsets
// from ENGINE_NOTES.md). The package's model pointer addresses a wrapper whose struct starts 16 bytes in.
import type { EmscriptenModule } from 'arima-internal/wasm/native-sync.js';

/** Bytes between the address the package keeps (`model.model`) and the `sarimax_set` fields. */
export const STRUCT_BASE = 16;

/** The fields of a fitted model, as ctsa holds them (MA signs are ctsa's, not R's). */
export interface SarimaxStruct {
  N: number;
  Nused: number;
  method: number;
  optimizer: number;
  p: number;
  d: number;
  q: number;
  s: number;
  P: number;
  D: number;
  Q: number;
  r: number;
  /** Exogenous columns, counting the mean as one when it is estimated. */
  M: number;
  ncoeff: number;
  phi: number[];
  theta: number[];
  PHI: number[];
  THETA: number[];
  exog: number[];
  /** ncoeff × ncoeff, row-major, in the order phi, theta, PHI, THETA, mean, regressors. */
  vcov: number[];
  residuals: number[];
  mean: number;
  variance: number;
  loglik: number;
  aic: number;
  retval: number;
}

/** Larger values mean the pointer does not address a fitted struct (layout drift or a bad pointer). */
const SANE = { N: 1_000_000, order: 1_000, M: 1_000 };

export function readSarimaxStruct(module: EmscriptenModule, pointer: number): SarimaxStruct {
  const base = pointer + STRUCT_BASE;
  const int = (offset: number) => module.HEAP32[(base + offset) >> 2]!;
  const double = (offset: number) => module.HEAPF64[(base + offset) >> 3]!;
  const doubles = (offset: number, length: number) => {
    const address = int(offset) >> 3;
    return length > 0 ? Array.from(module.HEAPF64.subarray(address, address + length)) : [];
  };
  const [N, Nused, p, d, q, s, P, D, Q, M, ncoeff] = [0, 4, 16, 20, 24, 28, 32, 36, 40, 48, 52].map(int) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const orders = [p, d, q, s, P, D, Q];
  if (!(N > 0 && N < SANE.N && Nused > 0 && Nused <= N) || orders.some((o) => o < 0 || o > SANE.order) || M < 0 || M > SANE.M) {
    throw new Error(`The fitted struct at ${pointer} does not look like arima 0.2.8's sarimax_set (N=${N}, Nused=${Nused}, orders ${orders}).`);
  }
  const lvcov = int(80);
  return {
    N,
    Nused,
    method: int(8),
    optimizer: int(12),
    p,
    d,
    q,
    s,
    P,
    D,
    Q,
    r: int(44),
    M,
    ncoeff,
    phi: doubles(56, p),
    theta: doubles(60, q),
    PHI: doubles(64, P),
    THETA: doubles(68, Q),
    exog: doubles(72, M),
    vcov: lvcov === ncoeff * ncoeff ? doubles(76, lvcov) : [],
    residuals: doubles(84, Nused),
    mean: double(88),
    variance: double(96),
    loglik: double(104),
    aic: double(112),
    retval: int(120),
  };
}
