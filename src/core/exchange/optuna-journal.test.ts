import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileConfig } from '../config/profiles';
import { runStudy } from '../search/driver';
import { importOptunaJournal } from './optuna-journal-import';
import { distributionToJson, exportOptunaJournal } from './optuna-journal';

const fixture = readFileSync(new URL('./fixtures/optuna-5.0.0-sarima.jsonl', import.meta.url), 'utf8');

describe('importOptunaJournal on a journal written by Python Optuna 5.0.0', () => {
  it('replays the study: seed, conditional params, values, failures, user attrs, metric names', () => {
    const result = importOptunaJournal(fixture, { file: 'optuna-5.0.0-sarima.jsonl' });
    if (!result.ok) throw new Error(result.error.message);
    const study = result.value;
    expect(study.name).toBe('sarima-9780722532935');
    expect(study.metricNames).toEqual(['rmse']);
    expect(study.userAttrs).toEqual({ product_id: '9780722532935' });
    expect(study.trials.map((t) => [t.number, t.state, t.value])).toEqual([
      [0, 'complete', 107],
      [1, 'complete', 106],
      [2, 'complete', 105],
      [3, 'failed', null],
      [4, 'complete', 104],
      [5, 'complete', 107],
    ]);
    expect(study.trials[0]!.params).toEqual({ family: 'sarima', engine: 'wasm', p: 1, d: 0, q: 0, P: 2, D: 0, Q: 1 });
    expect(study.trials[1]!.params).toEqual({ family: 'fourier', engine: 'wasm', p: 1, d: 0, q: 0, K: 2 });
    expect(study.trials[1]!.distributions.K).toEqual({ type: 'IntDistribution', low: 1, high: 10, step: 1, log: false });
    expect(study.trials[3]!.userAttrs).toEqual({ fit_ms: 15.5, failure_reason: 'fit-failed: non-stationary' });
    expect(study.trials[0]!.datetimeStart).toMatch(/^2026-11-27T04:07:39\.204Z$/);
    expect(Date.parse(study.trials[0]!.datetimeComplete!)).toBeGreaterThan(Date.parse(study.trials[0]!.datetimeStart));
  });

  it('serialises distributions byte for byte as Optuna does', () => {
    const line = fixture.split('\n').find((l) => l.includes('"param_name":"K"'))!;
    const written = JSON.parse(line).distribution as string;
    expect(distributionToJson({ type: 'IntDistribution', low: 1, high: 10, step: 1, log: false })).toBe(written);
    const family = JSON.parse(fixture.split('\n').find((l) => l.includes('"param_name":"family"'))!).distribution as string;
    expect(distributionToJson({ type: 'CategoricalDistribution', choices: ['sarima', 'fourier', 'arima'] })).toBe(family);
  });
});

describe('exportOptunaJournal', () => {
  it('round-trips a study: export, parse back, same trials', async () => {
    let call = 0;
    const summary = await runStudy({
      studyKey: 'k',
      productId: '9780241003008',
      config: { ...profileConfig('development'), n_trials: 8 },
      objective: async () =>
        ++call % 3 === 0 ? { ok: false, reason: 'fit-failed: explosive forecast', fitMs: 4 } : { ok: true, value: 100 / call, fitMs: 3 * call },
    });
    const text = exportOptunaJournal({
      name: 'study-k',
      metricName: 'rmse',
      userAttrs: { study_key: 'k', stop: summary.stop.message },
      trials: summary.trials,
    });
    const back = importOptunaJournal(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.trials).toEqual(
      summary.trials.map((t) => ({ ...t, userAttrs: Object.fromEntries(Object.entries(t.userAttrs).filter(([, v]) => v !== null)) })),
    );
    expect(back.value.userAttrs).toEqual({ study_key: 'k', stop: summary.stop.message });
    expect(back.value.metricNames).toEqual(['rmse']);
    expect(text.split('\n')[0]).toBe('{"op_code":0,"worker_id":"shelfcast-export","study_name":"study-k","directions":[1]}');
  });
});

describe('importOptunaJournal on bad files', () => {
  it('names the line and the problem', () => {
    const bad = importOptunaJournal('{"op_code":0,"worker_id":"w","study_name":"s","directions":[1]}\n{"op_code":5,"worker_id":"w","trial_id":7}\n', {
      file: 'x.log',
    });
    expect(bad.ok || bad.error).toEqual({ code: 'invalid-journal', message: 'x.log, line 2: trial 7 does not exist.', where: { file: 'x.log', row: 2 } });
    const garbage = importOptunaJournal('not json at all\n');
    expect(garbage.ok || garbage.error.message).toMatch(/^journal, line 1: /);
    const floats = importOptunaJournal(
      '{"op_code":0,"worker_id":"w","study_name":"s","directions":[1]}\n' +
        '{"op_code":4,"worker_id":"w","study_id":0,"datetime_start":null,"distributions":{"x":"{\\"name\\": \\"FloatDistribution\\", \\"attributes\\": {\\"low\\": 0, \\"high\\": 1}}"},"params":{"x":0.5}}\n',
    );
    expect(floats.ok || floats.error.message).toBe('journal, line 2: unsupported distribution FloatDistribution (this lab searches integers and choices).');
  });

  it('refuses maximisation studies and says which studies exist', () => {
    const max = importOptunaJournal('{"op_code":0,"worker_id":"w","study_name":"s","directions":[2]}\n');
    expect(max.ok || max.error.code).toBe('unsupported-study');
    const missing = importOptunaJournal(fixture, { studyName: 'other' });
    expect(missing.ok || missing.error.message).toBe('journal has no study named "other" (studies: "sarima-9780722532935").');
  });

  it('reads the original pipeline’s +∞ trials as failed fits', () => {
    const text =
      '{"op_code":0,"worker_id":"w","study_name":"s","directions":[1]}\n' +
      '{"op_code":4,"worker_id":"w","study_id":0,"datetime_start":"2025-08-01T10:00:00.000001"}\n' +
      '{"op_code":6,"worker_id":"w","trial_id":0,"state":1,"values":[Infinity],"datetime_complete":"2025-08-01T10:00:43.000001"}\n';
    const result = importOptunaJournal(text);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.trials[0]).toMatchObject({
      state: 'failed',
      value: null,
      datetimeStart: '2025-08-01T10:00:00.000Z',
      userAttrs: { failure_reason: 'objective value was Infinity' },
    });
  });
});

describe('studyToJournal', () => {
  it('names the study by product and key and carries the lab’s context as study user attrs', async () => {
    const { studyToJournal } = await import('./study-journal');
    const { resolveConfig } = await import('../config/resolve');
    const resolved = resolveConfig({ url: { profile: 'testing', n_trials: 3 } });
    const summary = await runStudy({
      studyKey: 'ab'.repeat(32),
      productId: '9780722532935',
      config: resolved.config,
      objective: async () => ({ ok: true, value: 1, fitMs: 1 }),
    });
    const identity = {
      productId: '9780722532935',
      dataDigest: 'd1',
      searchSpace: resolved.config.search_space,
      split: { testWeeks: 32, validationWeeks: 32 },
      objective: 'rmse' as const,
    };
    const back = importOptunaJournal(studyToJournal(summary, identity, resolved));
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.name).toBe('shelfcast-9780722532935-abababababab');
    expect(back.value.trials).toHaveLength(3);
    expect(back.value.userAttrs['shelfcast:config_sources']).toMatchObject({ profile: 'url', n_trials: 'url', patience: 'profile' });
    expect(back.value.userAttrs['shelfcast:stop']).toEqual({ code: 'n-trials', message: 'Reached n_trials: 3 trials in the study (n_trials 3).' });
  });
});
