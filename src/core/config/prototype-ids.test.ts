// Product ids that are also names on Object.prototype ("constructor", "toString", "__proto__") are
// ordinary ids: a seed table looked up by id must not find the prototype's members.
import { describe, expect, it } from 'vitest';
import { ORIGINAL_SEEDS, seedsFor } from './profiles';
import { validateSeeds } from './validate-space';

const HOSTILE = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('seeds for a product whose id is an Object.prototype name', () => {
  it.each(HOSTILE)('%s gets the default seed list', (id) => {
    expect(seedsFor(ORIGINAL_SEEDS, id)).toEqual(ORIGINAL_SEEDS.default);
  });

  it.each(HOSTILE)('%s keeps its own seeds from a config, and other products are unaffected', (id) => {
    const own = [{ p: 0, d: 1, q: 1, P: 0, D: 0, Q: 0 }];
    const checked = validateSeeds(JSON.parse(`{"products":{${JSON.stringify(id)}:${JSON.stringify(own)}}}`), ORIGINAL_SEEDS);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(seedsFor(checked.value, id)).toEqual(own);
    expect(seedsFor(checked.value, 'some-other-book')).toEqual(ORIGINAL_SEEDS.default);
  });
});
