// What to tell a person about an exception from storage or a worker: the browser's quota error is
// named, with what to do, and an error without a message still says something.

/** Whether `error` is the browser refusing a write because this site's storage is full. */
export function isQuotaError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
}

export const STORAGE_FULL = "The browser's storage for this site is full";
const STORAGE_FULL_ADVICE =
  'nothing from this step was kept. Delete datasets or studies you no longer need (export them first), or give the site more space, then try again.';

/** A sentence for an exception a person caused by their data or browser (never empty). */
export function describeThrown(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message.trim() : '';
  if (isQuotaError(error)) return `${STORAGE_FULL}: ${text ? `${text.replace(/\.$/, '')}; ` : ''}${STORAGE_FULL_ADVICE}`;
  if (text) return text;
  if (typeof name === 'string' && name !== 'Error') return `${name} (the browser gave no reason)`;
  return typeof error === 'string' && error ? error : 'the browser gave no reason';
}
