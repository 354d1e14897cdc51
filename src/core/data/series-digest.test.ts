import { describe, expect, it } from 'vitest';
import { canonicalSeries, seriesDigest } from './series-digest';

describe('seriesDigest', () => {
  const series = { id: '9780722532935', start: '2024-01-06', values: [5, 0, Number.NaN, 12.5, 3] };

  it('hashes id, first week and the exact values, a missing week as NA', async () => {
    expect(canonicalSeries(series)).toBe('9780722532935\n2024-01-06\n5,0,NA,12.5,3');
    expect(await seriesDigest(series)).not.toBe(await seriesDigest({ ...series, values: [5, 0, Number.NaN, 12.5000001, 3] }));
    expect(await seriesDigest(series)).not.toBe(await seriesDigest({ ...series, id: '9780241003008' }));
  });

  it('keeps the digests stored versions and prepared datasets carry (computed by the earlier code)', async () => {
    expect(await seriesDigest(series)).toBe('52548eb2cea5d814e978d455128bf42d2dde7542ec4b49c385f0ac1aec9aa8f0');
  });
});
