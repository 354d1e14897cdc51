import { describe, expect, it } from 'vitest';
import { profileConfig } from '../config/profiles';
import { studyKey, type StudyIdentity } from './study-key';

const base = (): StudyIdentity => ({
  productId: '9780722532935',
  dataDigest: 'a1b2c3',
  searchSpace: profileConfig('production').search_space,
  split: { testWeeks: 32, validationWeeks: 32 },
  objective: 'rmse',
});

describe('studyKey', () => {
  it('is the same for the same inputs, whatever the order of object keys', async () => {
    const a = await studyKey(base());
    const reordered = base();
    const shuffled: StudyIdentity = {
      objective: reordered.objective,
      split: { validationWeeks: 32, testWeeks: 32 },
      searchSpace: Object.fromEntries(Object.entries(reordered.searchSpace).reverse()) as StudyIdentity['searchSpace'],
      dataDigest: reordered.dataDigest,
      productId: reordered.productId,
    };
    expect(await studyKey(shuffled)).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any input changes', async () => {
    const a = await studyKey(base());
    const variants: StudyIdentity[] = [
      { ...base(), productId: '9780241003008' },
      { ...base(), dataDigest: 'a1b2c4' },
      { ...base(), searchSpace: { ...base().searchSpace, q: { low: 0, high: 2 } } },
      { ...base(), searchSpace: { ...base().searchSpace, families: ['sarima'] } },
      { ...base(), searchSpace: { ...base().searchSpace, drift: { low: 0, high: 0 } } },
      { ...base(), searchSpace: { ...base().searchSpace, baselines: ['naive', 'mean'] } },
      { ...base(), split: { testWeeks: 32, validationWeeks: 16 } },
      { ...base(), split: { testWeeks: 32, validationWeeks: 32, folds: 3, selection: 'auto' } },
      { ...base(), split: { testWeeks: 32, validationWeeks: 32, folds: 2, selection: 'auto' } },
      { ...base(), objective: 'mae' },
    ];
    const keys = await Promise.all(variants.map(studyKey));
    expect(new Set([a, ...keys]).size).toBe(variants.length + 1);
  });

  it('keeps the key of a study without folds (the original selection) as older keys were', async () => {
    // Absent and undefined fold fields hash alike, so original-selection studies keep their keys.
    const a = await studyKey(base());
    expect(await studyKey({ ...base(), split: { testWeeks: 32, validationWeeks: 32, folds: undefined, selection: undefined } })).toBe(a);
  });

  it('keeps the keys of studies stored before canonical JSON was shared (computed by the earlier code)', async () => {
    // Stored studies, run records and exported journals (shelfcast:study_key) name studies by these keys.
    const searchSpace = {
      p: { low: 0, high: 3 },
      d: { low: 0, high: 1 },
      q: { low: 0, high: 3 },
      P: { low: 0, high: 1 },
      D: { low: 0, high: 1 },
      Q: { low: 0, high: 1 },
      s: 52,
      K: { low: 1, high: 5 },
      drift: { low: 0, high: 1 },
      fourier_period: 52.17857142857143,
      families: ['arima', 'fourier', 'baseline'],
      engines: ['native'],
    } as StudyIdentity['searchSpace'];
    const stored = { ...base(), searchSpace };
    expect(await studyKey(stored)).toBe('828322ed783ae8666f7536836bec65642ac209f862fa4f649bbb4687fbe4076d');
    expect(await studyKey({ ...stored, split: { testWeeks: 32, validationWeeks: 32, folds: 3, selection: 'auto' } })).toBe(
      '1b5c58e860b493f719b5714bf758e90ac51e26a2dc0bfecd11d3dd1078cd21a9',
    );
  });
});
