import { describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN, formatHash, parseHash, SCREENS } from './hash-route';

describe('the route in the URL hash', () => {
  it('reads a screen and a product', () => {
    expect(parseHash('#studies')).toEqual({ screen: 'studies', productId: null });
    expect(parseHash('#product/9780722532935')).toEqual({ screen: 'product', productId: '9780722532935' });
  });

  it('round-trips every screen, and product ids with characters a URL escapes', () => {
    for (const { id } of SCREENS) expect(parseHash(formatHash({ screen: id, productId: null }))).toEqual({ screen: id, productId: null });
    for (const productId of ['a/b', 'x#1', 'tuna b1', 'Émile?', '50%']) {
      const hash = formatHash({ screen: 'product', productId });
      expect(hash.slice(1)).not.toMatch(/[\s#?]/);
      expect(parseHash(hash)).toEqual({ screen: 'product', productId });
    }
  });

  it('falls back to the default screen for an empty, unknown or malformed hash, without throwing', () => {
    for (const hash of ['', '#', '#/', '#nope', '#Product/1', '#%E0%A4%A', '#studiesX/1', '#__proto__', '#constructor']) {
      expect(parseHash(hash)).toEqual({ screen: DEFAULT_SCREEN, productId: null });
    }
  });

  it('keeps the screen when only the product part is malformed or empty', () => {
    expect(parseHash('#product/%E0%A4%A')).toEqual({ screen: 'product', productId: null });
    expect(parseHash('#product/')).toEqual({ screen: 'product', productId: null });
    expect(parseHash('#/models/P1')).toEqual({ screen: 'models', productId: 'P1' });
  });

  it('writes no product part when there is none', () => {
    expect(formatHash({ screen: 'runs', productId: null })).toBe('#runs');
    expect(formatHash({ screen: 'product', productId: '978-0' })).toBe('#product/978-0');
  });
});
