import { describe, expect, it } from 'vitest';
import { canonicalChecksum, canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts object keys at every depth, keeps array order and leaves undefined properties out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
    expect(canonicalJson({ 10: 'ten', 9: 'nine' })).toBe('{"10":"ten","9":"nine"}');
  });

  it('writes what JSON.stringify writes, so a value and its JSON round trip have one text', () => {
    const sparse: unknown[] = new Array(4);
    sparse[1] = 'b';
    const values = [
      { kept: 1, gone: undefined, fn: () => 1, nested: { gone: undefined } },
      sparse,
      [undefined, () => 1, -0],
      { when: new Date('2026-12-02T10:00:00Z'), text: 'é "quoted" \n' },
      undefined,
    ];
    for (const value of values) {
      const text = canonicalJson(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    }
    expect(canonicalJson(sparse)).toBe('[null,"b",null,null]');
  });

  it('refuses NaN and ±Infinity rather than give them the text of null', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) expect(() => canonicalJson({ a: [1, bad] })).toThrow(/non-finite/);
  });

  it('gives one digest to an object with an undefined property and the same object without it', async () => {
    expect(await canonicalChecksum({ a: 1, b: undefined })).toBe(await canonicalChecksum({ a: 1 }));
    expect(await canonicalChecksum({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is valid JSON for arrays with holes or undefined items (null, as JSON.stringify writes them)', () => {
    const sparse: unknown[] = new Array(3);
    sparse[0] = 1;
    sparse[2] = 3;
    expect(JSON.parse(canonicalJson({ a: sparse, b: [undefined, 2] }))).toEqual({ a: [1, null, 3], b: [null, 2] });
  });
});
