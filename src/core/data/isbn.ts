// ISBNs as strings (leading zeros matter), with the ISBN-13 / ISBN-10 check digits verified.

import { fail, ok, type Result } from '../result';

export type IsbnCheck = Result<string, 'bad-isbn'>;

/** Normalises hyphens and spaces away and verifies the check digit of an ISBN-13 or ISBN-10. */
export function checkIsbn(raw: string): IsbnCheck {
  const s = raw.trim().replace(/[-\s]/g, '').toUpperCase();
  if (/^\d{13}$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(s[i]) * (i % 2 === 0 ? 1 : 3);
    const check = (10 - (sum % 10)) % 10;
    return check === Number(s[12]) ? ok(s) : fail('bad-isbn', `ISBN-13 "${raw}" fails its check digit (expected ${check}).`);
  }
  if (/^\d{9}[\dX]$/.test(s)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
    return sum % 11 === 0 ? ok(s) : fail('bad-isbn', `ISBN-10 "${raw}" fails its check digit.`);
  }
  if (/^\d(\.\d+)?E\+\d+$/.test(s)) return fail('bad-isbn', `"${raw}" is an ISBN a spreadsheet turned into a rounded number.`);
  return fail('bad-isbn', `"${raw}" is not an ISBN (13 digits, or 10 ending in a digit or X).`);
}
