import { describe, expect, it } from 'vitest';
import type { RunRecord, RunStepRecord } from './run-record';
import { artifactLabeler } from './artifact-label';

const run = (kind: RunRecord['kind'], steps: RunStepRecord[], config: Record<string, unknown> = {}): RunRecord => ({
  id: kind,
  name: kind,
  experiment: 'oj.csv',
  kind,
  datasetId: 'ds',
  config,
  configSources: {},
  startedAt: '2026-12-02T00:00:00Z',
  endedAt: null,
  status: 'completed',
  steps,
  products: [],
  recordVersion: 1,
});
const step = (name: string, inputs: string[], outputs: string[], productId?: string): RunStepRecord => ({
  step: name,
  status: 'ran',
  ms: 1,
  inputs,
  outputs,
  ...(productId ? { productId } : {}),
});

describe('step graph labels', () => {
  const runs = [
    run('train', [step('decide', ['ds'], ['s1'], '978'), step('search', ['s1'], ['k1'], '978'), step('register', ['k1'], ['arima_book_978/2'], '978')]),
    run('import', [step('import', ['src'], ['rows']), step('prepare', ['rows'], ['ds'])], { sourceDigest: 'src', files: [{ name: 'oj.csv', digest: 'src' }] }),
  ];

  it('names the file, the stored artifacts, the series, the study and the version for people', () => {
    const label = artifactLabeler(
      runs,
      new Map([
        ['rows', 'sales-rows'],
        ['ds', 'weekly-series'],
      ]),
      new Set(['rows', 'ds', 'k1', 'arima_book_978/2']),
    );
    expect(['src', 'rows', 'ds', 's1', 'k1', 'arima_book_978/2'].map(label)).toEqual([
      'file oj.csv',
      'sales-rows',
      'weekly-series',
      'series 978',
      'study 978',
      'arima_book_978 v2',
    ]);
  });

  it('marks as deleted what storage no longer holds: the dataset (with its series), a study, a version', () => {
    const label = artifactLabeler(runs, new Map(), new Set());
    expect(['src', 'rows', 's1', 'k1', 'arima_book_978/2'].map(label)).toEqual([
      'file oj.csv',
      'import (deleted)',
      'series 978 (deleted)',
      'study 978 (deleted)',
      'arima_book_978 v2 (deleted)',
    ]);
  });
});
