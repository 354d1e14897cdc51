// Reading numbers written by spreadsheets: "1,234", "1 234.5", "  12 ".

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function read(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return undefined;
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (THOUSANDS_COMMA.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}

/** A finite number, or undefined when the text is empty, not a number, or beyond a double (1e309). */
export function parseNumber(text: string): number | undefined {
  const n = read(text);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** Why `text` is not a number, worded for a rejected row ("is not a number" / "is too large…"). */
export function numberProblem(text: string): string {
  return read(text) === undefined ? 'is not a number' : 'is too large to be a number (the largest is about 1.8e308)';
}
