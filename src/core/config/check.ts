// The outcome of checking one configuration value, and how a rejected value is quoted.
import { fail, type Result } from '../result';

export type Checked<T> = Result<T, 'invalid-config-value'>;

/** A value refused, with the message that names the knob, what it must be and what it got. */
export const rejected = (message: string) => fail('invalid-config-value', message);

/** How a rejected value is quoted in a message: strings in quotes, the rest as JSON. */
export function show(raw: unknown): string {
  if (typeof raw === 'string') return `"${raw}"`;
  if (raw === undefined) return 'nothing';
  // JSON would write Infinity and NaN as null.
  if (typeof raw === 'number' && !Number.isFinite(raw)) return String(raw);
  const text = JSON.stringify(raw);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
