// Value axes for every chart: round ("nice") tick steps, a domain that ends on ticks, linear scales
// from values to pixels, and tick labels that never read "-0". Pure numbers; runs anywhere.

/** One tick of an axis: its value and its label. */
export interface Tick {
  value: number;
  label: string;
}

/** A value axis: its domain (ending on ticks), its step and its ticks from `min` to `max`. */
export interface ValueAxis {
  min: number;
  max: number;
  step: number;
  ticks: Tick[];
}

const NICE = [1, 2, 2.5, 5, 10];

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  const raw = Math.abs(span) / Math.max(count, 1) || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return NICE.find((n) => raw / power <= n * (1 + 1e-9))! * power;
}

function nextStep(step: number): number {
  const power = 10 ** Math.floor(Math.log10(step));
  const unit = Math.round((step / power) * 10) / 10;
  return (NICE.find((n) => n > unit) ?? 10) * power;
}

// Float noise (0.1 + 0.2) and negative zero out of computed tick values.
const clean = (v: number) => Number(v.toPrecision(12)) || 0;

/** Decimals a label needs to tell ticks `step` apart. */
export function decimalsOf(step: number): number {
  let d = 0;
  while (d < 10 && Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) > 1e-6 * 10 ** d) d++;
  return d;
}

/** A number as a person reads it: thousands separated, `decimals` places, and never "-0". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(decimals)) || 0;
  return rounded.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export interface AxisOptions {
  /** Stretch the domain to include zero (counts, unit sales, milliseconds). */
  includeZero?: boolean;
  /** Only whole-number ticks (trial numbers, integer parameters). */
  integer?: boolean;
}

/** A nice axis over [lo, hi] with at most `maxTicks` ticks (at least two). */
export function niceAxis(lo: number, hi: number, maxTicks: number, options: AxisOptions = {}): ValueAxis {
  let a = Math.min(lo, hi),
    b = Math.max(lo, hi);
  if (!Number.isFinite(a) || !Number.isFinite(b)) [a, b] = [0, 1];
  if (options.includeZero) [a, b] = [Math.min(0, a), Math.max(0, b)];
  if (a === b) [a, b] = a === 0 ? [0, 1] : [a - Math.abs(a) * 0.1, b + Math.abs(b) * 0.1];
  const most = Math.max(2, Math.floor(maxTicks));
  let step = niceStep(b - a, most - 1);
  if (options.integer) step = Math.max(1, Math.round(step));
  for (;;) {
    const min = clean(Math.floor(a / step + 1e-9) * step),
      max = clean(Math.ceil(b / step - 1e-9) * step);
    const count = Math.round((max - min) / step) + 1;
    if (count <= most) {
      const decimals = decimalsOf(step);
      const ticks = Array.from({ length: count }, (_, i) => clean(min + i * step)).map((value) => ({ value, label: formatNumber(value, decimals) }));
      return { min, max, step, ticks };
    }
    step = options.integer ? Math.max(step + 1, nextStep(step)) : nextStep(step);
  }
}

/** A linear map from the domain [d0, d1] onto the pixel range [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}
