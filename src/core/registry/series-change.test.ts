import { describe, expect, it } from 'vitest';
import { detectSeriesChange, seriesDigest } from './series-change';

const base = { id: '9780722532935', start: '2024-01-06', values: [5, 0, 7, 12, 3, 9] };

async function trainedOn(series: typeof base) {
  return { start: series.start, weeks: series.values.length, digest: await seriesDigest(series) };
}

describe('detectSeriesChange', () => {
  it('calls the same series identical', async () => {
    expect(await detectSeriesChange(await trainedOn(base), { ...base, values: [...base.values] })).toEqual({ kind: 'identical' });
  });

  it('counts weeks appended after unchanged history', async () => {
    const current = { ...base, values: [...base.values, 4, 8] };
    expect(await detectSeriesChange(await trainedOn(base), current)).toEqual({ kind: 'appended', newWeeks: 2 });
  });

  it('calls a changed past week a revision even when weeks were appended too', async () => {
    const current = { ...base, values: [5, 0, 7, 13, 3, 9, 4] };
    expect(await detectSeriesChange(await trainedOn(base), current)).toEqual({ kind: 'revised', detail: 'values-changed' });
  });

  it('calls a moved start or a shorter series a revision', async () => {
    const t = await trainedOn(base);
    expect(await detectSeriesChange(t, { ...base, start: '2023-12-30', values: [1, ...base.values] })).toEqual({ kind: 'revised', detail: 'start-moved' });
    expect(await detectSeriesChange(t, { ...base, values: base.values.slice(0, 5) })).toEqual({ kind: 'revised', detail: 'shorter' });
  });
});
