import { describe, expect, it } from 'vitest';
import { isUtf8, sniffEncoding } from './text-encoding';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('sniffEncoding', () => {
  it('reads byte-order marks, and UTF-16 without one from where its NULs sit', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x61), 'f.csv')).toEqual({ ok: true, value: { encoding: 'utf-8' } });
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x61, 0), 'f.csv')).toEqual({ ok: true, value: { encoding: 'utf-16le' } });
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x61), 'f.csv')).toEqual({ ok: true, value: { encoding: 'utf-16be' } });
    expect(sniffEncoding(ascii('i\0d\0,\0v\0'), 'f.csv')).toEqual({ ok: true, value: { encoding: 'utf-16le' } });
    expect(sniffEncoding(ascii('\0i\0d\0,\0v'), 'f.csv')).toEqual({ ok: true, value: { encoding: 'utf-16be' } });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    expect(sniffEncoding(ascii('id,title\n1,Caf\xe9\n'), 'l1.csv')).toEqual({
      ok: true,
      value: { encoding: 'windows-1252', note: 'l1.csv is not UTF-8: it was read as Latin-1 (Windows-1252). Check that accented titles look right.' },
    });
    expect(sniffEncoding(new TextEncoder().encode('id,title\n1,Café\n'), 'u.csv')).toEqual({ ok: true, value: { encoding: 'utf-8' } });
  });

  it('accepts a UTF-8 character cut off by the end of the head, but not a bad byte inside it', () => {
    const cafe = new TextEncoder().encode('Café');
    expect(isUtf8(cafe.slice(0, 4))).toBe(true);
    expect(isUtf8(bytes(0x43, 0xe9, 0x20))).toBe(false);
  });

  it('names files that are not text', () => {
    expect(sniffEncoding(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), 'x.csv')).toMatchObject({
      ok: false,
      error: { code: 'not-csv', message: 'This is a PDF, not a CSV file.' },
    });
    expect(sniffEncoding(bytes(0xd0, 0xcf, 0x11, 0xe0, 1), 'x.csv')).toMatchObject({ ok: false, error: { code: 'not-csv' } });
    expect(sniffEncoding(bytes(0x41, 0, 0, 0x42, 0x43, 0x44, 0x45, 0x46), 'x.csv')).toMatchObject({
      ok: false,
      error: { message: 'This is not a CSV file: it holds binary data (NUL bytes), not text.' },
    });
  });
});
