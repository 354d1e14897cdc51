// A small seeded PRNG (sfc32 seeded through splitmix32) so a study is reproducible: the stream of
// trial n depends only on the sampler seed, n and the attempt, never on the session it ran in.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [low, high]. */
  int(low: number, high: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** An independent stream for the given integers (e.g. sampler seed, trial number, attempt). */
export function createRng(...keys: number[]): Rng {
  let mixed = 0x1234567;
  for (const key of keys) mixed = splitmix32((mixed ^ Math.imul(key >>> 0, 0x85ebca6b)) >>> 0)();
  const init = splitmix32(mixed);
  let a = init(),
    b = init(),
    c = init(),
    d = init();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
  };
}
