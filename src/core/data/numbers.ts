// Reading numbers written by spreadsheets: "1,234", "1 234.5", "  12 ".

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A finite number, or undefined when the text is empty or not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return undefined;
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (THOUSANDS_COMMA.test(s)) return Number(s.replace(/,/g, ''));
  return undefined;
}
