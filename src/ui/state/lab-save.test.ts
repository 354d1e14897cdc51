// LabState over a fake store whose save throws (storage full, a closed connection): the fit is still
// shown, and the page says that saving it failed, why, that what is shown is not stored, and what to do.
import { describe, expect, it } from 'vitest';
import type { HoldoutForecast } from '../../core/model/holdout';
import type { DatasetRecord } from '../../core/records';
import type { ProductSeries } from '../../core/data/types';
import type { LabRepository } from '../../storage/lab-repository';
import type { ModelRunner, Stores } from './lab-context';
import { LabState } from './lab.svelte';
import { DEFAULT_SPLIT } from '../../core/data/split';
import { splitWindows, windowsOfSplit } from '../../core/data/windows';

const series = {
  id: 'P1',
  title: 'Book one',
  series: { start: '2024-01-07', values: Array.from({ length: 160 }, (_, i) => 10 + (i % 5)) },
  totalVolume: 1920,
} as unknown as ProductSeries;
const dataset = { id: 'd1', name: 'books.csv', products: [{ id: 'P1', title: 'Book one', weeks: 160, totalVolume: 1920 }] } as unknown as DatasetRecord;
// The state shows what the runner returns; its inside does not matter here.
const forecast = { spec: { family: 'arima', order: { p: 1, d: 0, q: 1 } }, engine: 'native' } as unknown as HoldoutForecast;

function labOver(saveModel: LabRepository['saveModel']) {
  const saved: unknown[] = [];
  const lab = {
    getSeries: async () => series,
    getModel: async () => undefined,
    setLastOpened: async () => {},
    saveModel: async (...args: Parameters<LabRepository['saveModel']>) => {
      const record = await saveModel(...args);
      saved.push(record);
      return record;
    },
  };
  const models: ModelRunner = { run: async () => ({ ok: true, value: forecast }) as never };
  const state = new LabState(async () => ({ lab }) as unknown as Pick<Stores, 'lab'>, models);
  state.showDataset(dataset);
  return { state, saved };
}

describe('LabState: a forecast whose save fails', () => {
  it('says storage is full, that the forecast shown is not stored, and what to do; the forecast stays on screen', async () => {
    const { state, saved } = labOver(async () => {
      throw new DOMException('Encountered full disk while opening backing store for indexedDB.open.', 'QuotaExceededError');
    });
    await expect(state.selectProduct('P1')).resolves.toBeUndefined();
    expect(saved).toEqual([]);
    expect(state.forecast).toBe(forecast);
    expect(state.status).toBe('idle');
    expect(state.error?.code).toBe('save-failed');
    expect(state.errorText).toContain('This forecast was not saved');
    expect(state.errorText).toContain("The browser's storage for this site is full");
    expect(state.errorText).toContain('Delete datasets or studies you no longer need');
    expect(state.errorText).toContain('The forecast shown is not stored');
    expect(state.errorText).toContain('product P1');
  });

  it('names a closed connection and says to reload, when the database went away', async () => {
    const { state } = labOver(async () => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    await state.selectProduct('P1');
    expect(state.forecast).toBe(forecast);
    expect(state.errorText).toContain('This forecast was not saved: The database connection is closing.');
    expect(state.errorText).toContain('The forecast shown is not stored');
    expect(state.errorText).toMatch(/reload the page/i);
  });

  it('a later fit that saves clears the message', async () => {
    let fail = true;
    const { state } = labOver(async (datasetId, productId, f, appVersion) => {
      if (fail) throw new DOMException('', 'QuotaExceededError');
      return { datasetId, productId, forecast: f, createdAt: '', appVersion, recordVersion: 1 };
    });
    await state.selectProduct('P1');
    expect(state.error?.code).toBe('save-failed');
    fail = false;
    await state.chooseEngine('wasm');
    expect(state.error).toBeNull();
    expect(state.forecast).toBe(forecast);
  });
});

describe('LabState: a stored forecast opened into full storage', () => {
  it('is shown though remembering the open product fails (that only decides what the next visit opens)', async () => {
    const split = splitWindows(series.series.values.length, windowsOfSplit(DEFAULT_SPLIT));
    if (!split.ok) throw new Error(split.error.message);
    const { historyStart, historyEnd } = split.value;
    const stored = {
      ...forecast,
      model: {},
      actual: Array(series.series.values.length - historyEnd).fill(1),
      trainStart: historyStart,
      trainLength: historyEnd - historyStart,
    } as unknown as HoldoutForecast;
    const lab = {
      getSeries: async () => series,
      getModel: async () => ({ forecast: stored }),
      setLastOpened: async () => {
        throw new DOMException('', 'QuotaExceededError');
      },
    };
    let fits = 0;
    const state = new LabState(async () => ({ lab }) as unknown as Pick<Stores, 'lab'>, { run: async () => (fits++, { ok: true, value: forecast }) as never });
    state.showDataset(dataset);
    await expect(state.selectProduct('P1')).resolves.toBeUndefined();
    expect(fits).toBe(0);
    expect(state.forecast).toBe(stored);
    expect(state.restored).toBe(true);
    expect(state.error).toBeNull();
  });
});
