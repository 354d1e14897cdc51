// Small validators for JSON read from outside: each checks one value at a path such as
// `content.models[0].model.spec.order.p` and returns it typed, or throws `InvalidField` naming the path.
import { parseDay } from '../data/dates';

/** Thrown inside a validator and turned into an error value by its caller (never crosses a boundary). */
export class InvalidField extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export type Check<T> = (value: unknown, path: string) => T;

const show = (v: unknown) =>
  typeof v === 'string'
    ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)
    : Array.isArray(v)
      ? 'a list'
      : v === null
        ? 'null'
        : typeof v === 'object'
          ? 'an object'
          : String(v);

/** Throws for `path`; with a value, the message shows what was found. */
export function bad(path: string, problem: string, ...value: unknown[]): never {
  throw new InvalidField(path, value.length > 0 ? `${problem} (got ${show(value[0])})` : problem);
}

export function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(path, 'must be an object', value);
  return value as Record<string, unknown>;
}

/** A required field of an object. */
export function field<T>(obj: Record<string, unknown>, key: string, path: string, check: Check<T>): T {
  const p = path ? `${path}.${key}` : key;
  if (!(key in obj) || obj[key] === undefined) bad(p, 'is missing');
  return check(obj[key], p);
}

/** An optional field: absent stays absent (so a round trip adds nothing). */
export function optionalField<T>(obj: Record<string, unknown>, key: string, path: string, check: Check<T>): { [k: string]: T } {
  return obj[key] === undefined ? {} : { [key]: check(obj[key], path ? `${path}.${key}` : key) };
}

export const finite: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : bad(p, 'must be a finite number', v));

export function range(min: number, max: number): Check<number> {
  return (v, p) => {
    const n = finite(v, p);
    return n < min || n > max ? bad(p, `must be between ${min} and ${max}`, v) : n;
  };
}

/** Whole numbers only: a fractional or negative order is refused here, not by the engine. */
export function int(min: number, max: number): Check<number> {
  return (v, p) => {
    const n = finite(v, p);
    if (!Number.isInteger(n)) bad(p, 'must be a whole number', v);
    return n < min || n > max ? bad(p, `must be a whole number from ${min} to ${max}`, v) : n;
  };
}

export function text(maxLength: number, minLength = 0): Check<string> {
  return (v, p) => {
    if (typeof v !== 'string') return bad(p, 'must be text', v);
    return v.length < minLength || v.length > maxLength ? bad(p, `must be ${minLength}–${maxLength} characters long`, v) : v;
  };
}

export const bool: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : bad(p, 'must be true or false', v));

export function oneOf<T extends string>(...options: T[]): Check<T> {
  return (v, p) => (options.includes(v as T) ? (v as T) : bad(p, `must be one of ${options.map((o) => `"${o}"`).join(', ')}`, v));
}

export function literal<T extends string | number>(expected: T): Check<T> {
  return (v, p) => (v === expected ? expected : bad(p, `must be ${JSON.stringify(expected)}`, v));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : check(v, p));
}

export function list<T>(check: Check<T>, maxLength: number): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) return bad(p, 'must be a list', v);
    if (v.length > maxLength) bad(p, `must have at most ${maxLength} entries (got ${v.length})`);
    return v.map((item, i) => check(item, `${p}[${i}]`));
  };
}

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDate: Check<string> = (v, p) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && parseDay(v) !== undefined ? v : bad(p, 'must be a date written YYYY-MM-DD', v);

/** An ISO date-time as `Date.toISOString` writes it. */
export const isoTime: Check<string> = (v, p) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && Number.isFinite(Date.parse(v))
    ? v
    : bad(p, 'must be a UTC date-time such as 2026-01-31T12:00:00.000Z', v);

export const sha256: Check<string> = (v, p) => (typeof v === 'string' && /^[0-9a-f]{64}$/.test(v) ? v : bad(p, 'must be a SHA-256 digest (64 hex digits)', v));

/** Deepest nesting a file read by the lab may have; real files stay under 20 levels. */
export const MAX_JSON_DEPTH = 200;

/**
 * Whether `value` nests objects and lists more than `limit` levels deep. Walked with a stack, not
 * recursion: a file nested 100,000 levels deep would otherwise overflow the reader's own stack.
 */
export function nestedDeeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Any JSON value whose numbers are finite (JSON.parse turns 1e999 into Infinity). */
export const plainJson: Check<unknown> = (v, p) => {
  if (typeof v === 'number') return finite(v, p);
  if (Array.isArray(v)) return v.map((x, i) => plainJson(x, `${p}[${i}]`));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainJson(x, `${p}.${k}`)]));
  return v;
};
