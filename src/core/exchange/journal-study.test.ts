import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve';
import { runStudy } from '../search/driver';
import { openStudyRecord } from '../search/study-record';
import type { TrialRecord } from '../search/types';
import { planJournalStudy, type JournalStudyOptions } from './journal-study';
import { importOptunaJournal, type ImportedStudy } from './optuna-journal-import';
import { exportOptunaJournal } from './optuna-journal';
import { studyToJournal } from './study-journal';

const LAB_KEY = 'ab'.repeat(32);
const AT = new Date('2026-12-02T10:00:00.000Z');
const resolved = resolveConfig({ url: { profile: 'testing', n_trials: 4 } });
const identity = {
  productId: 'tuna-b1',
  dataDigest: 'd1',
  searchSpace: resolved.config.search_space,
  split: { testWeeks: 32, validationWeeks: 32 },
  objective: 'rmse' as const,
};

/** The lab's own study (4 trials worth 10, 11, 12, 13) and its exported journal. */
async function labStudy() {
  let v = 9;
  const summary = await runStudy({
    studyKey: LAB_KEY,
    productId: 'tuna-b1',
    config: resolved.config,
    objective: async () => ({ ok: true, value: ++v, fitMs: 1 }),
  });
  const record = openStudyRecord({ key: LAB_KEY, identity, config: resolved.config, configSources: {}, droppedFamilies: [] }, summary.trials, AT);
  return { record, trials: summary.trials, journal: studyToJournal(summary, identity, resolved) };
}

function read(text: string): ImportedStudy {
  const r = importOptunaJournal(text, { file: 'f.jsonl' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const options = (text: string, o: Partial<JournalStudyOptions> = {}): JournalStudyOptions => ({
  file: 'f.jsonl',
  text,
  fallbackProductId: 'shown',
  merge: false,
  stored: null,
  at: AT,
  ...o,
});

/** The journal with its first trial's value changed (the text an attacker would hand over). */
function edited(journal: string, trials: readonly TrialRecord[]): string {
  return exportOptunaJournal({
    name: 'x',
    metricName: 'rmse',
    userAttrs: read(journal).userAttrs,
    trials: trials.map((t, i) => (i === 0 ? { ...t, value: 0.001 } : t)),
  });
}

describe("planJournalStudy: an imported journal never overwrites the lab's study unless merged knowingly", () => {
  it("puts a journal carrying the lab's study key, one value changed to 0.001, in a study of its own", async () => {
    const lab = await labStudy();
    const text = edited(lab.journal, lab.trials);
    const plan = await planJournalStudy(read(text), options(text, { stored: lab }));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.record.key).not.toBe(LAB_KEY);
    expect(plan.value.record.key).toMatch(/^imported-[0-9a-f]{16}$/);
    expect(plan.value).toMatchObject({
      merged: false,
      record: { productId: 'tuna-b1', bestValue: 0.001, identity: { split: { testWeeks: 32, validationWeeks: 32 } } },
    });
    expect(plan.value.trials).toHaveLength(4);
  });

  it('merging, when asked, adds only trials the stored study lacks and never replaces a stored trial', async () => {
    const lab = await labStudy();
    const extra = { ...lab.trials[3]!, number: 4, value: 9 };
    const text = exportOptunaJournal({
      name: 'x',
      metricName: 'rmse',
      userAttrs: read(lab.journal).userAttrs,
      trials: [{ ...lab.trials[0]!, value: 0.001 }, ...lab.trials.slice(1), extra],
    });
    const plan = await planJournalStudy(read(text), options(text, { stored: lab, merge: true }));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value).toMatchObject({ merged: true, kept: 4, record: { key: LAB_KEY, bestValue: 9, counts: { trials: 5 } } });
    expect(plan.value.trials.map((t) => [t.number, t.value])).toEqual([[4, 9]]);
  });

  it("keeps the baselines the lab set in the study's search space", async () => {
    const lab = await labStudy();
    const attrs = read(lab.journal).userAttrs;
    const text = exportOptunaJournal({
      name: 'x',
      metricName: 'rmse',
      userAttrs: { ...attrs, 'shelfcast:config': { ...resolved.config, search_space: { ...resolved.config.search_space, baselines: ['naive', 'theta'] } } },
      trials: lab.trials,
    });
    const plan = await planJournalStudy(read(text), options(text));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.record.config.search_space.baselines).toEqual(['naive', 'theta']);
  });

  it("refuses to merge when this browser has no study with the journal's key", async () => {
    const lab = await labStudy();
    const plan = await planJournalStudy(read(lab.journal), options(lab.journal, { merge: true }));
    expect(plan.ok || plan.error.code).toBe('no-study-to-merge');
  });

  it('refuses a journal with no complete trial, with a message', async () => {
    const text = '{"op_code":0,"worker_id":"w","study_name":"s","directions":[1]}\n{"op_code":4,"worker_id":"w","study_id":0,"datetime_start":null}\n';
    const plan = await planJournalStudy(read(text), options(text));
    expect(plan.ok || plan.error).toEqual({
      code: 'no-complete-trials',
      message:
        'f.jsonl: study "s" has no complete trial (1 trial, none finished with a value), so there is nothing to compare or choose; nothing was imported.',
      where: { file: 'f.jsonl' },
    });
  });

  it('validates the config and the split the file carries', async () => {
    const lab = await labStudy();
    const attrs = read(lab.journal).userAttrs;
    const withAttrs = (changes: Record<string, unknown>) =>
      exportOptunaJournal({ name: 'x', metricName: 'rmse', userAttrs: { ...attrs, ...changes }, trials: lab.trials });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ 'shelfcast:config': { ...resolved.config, n_trials: -1 } }, 'invalid-config', /n_trials must be a whole number from 1 to 100000; got -1/],
      [{ 'shelfcast:config': { ...resolved.config, search_space: { families: 'all' } } }, 'invalid-config', /search_space\.families must be a non-empty list/],
      [{ 'shelfcast:config': { rm_rf: true } }, 'invalid-config', /unknown setting "rm_rf"/],
      [{ 'shelfcast:config': 'x' }, 'invalid-config', /must be an object/],
      [
        { 'shelfcast:config': { ...resolved.config, search_space: { ...resolved.config.search_space, baselines: ['oracle'] } } },
        'invalid-config',
        /search_space\.baselines must be a list of naive/,
      ],
      [{ 'shelfcast:split': { testWeeks: 0, validationWeeks: 32 } }, 'invalid-split', /testWeeks and validationWeeks from 1 to 520/],
      [{ 'shelfcast:split': 'everything' }, 'invalid-split', /nothing was imported/],
    ];
    for (const [change, code, message] of cases) {
      const text = withAttrs(change);
      const plan = await planJournalStudy(read(text), options(text));
      expect(plan.ok || [plan.error.code, plan.error.message]).toEqual([code, expect.stringMatching(message)]);
    }
  });

  it('gives a journal Python Optuna wrote (no lab settings) the default configuration and the shown product', async () => {
    const text = readFileSync(new URL('./fixtures/optuna-5.0.0-sarima.jsonl', import.meta.url), 'utf8');
    const plan = await planJournalStudy(read(text), options(text));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.record).toMatchObject({ productId: 'shown', bestValue: 104, config: { profile: 'development', study_storage: 'persistent' } });
    expect(plan.value.record.config.search_space.families.length).toBeGreaterThan(0);
  });
});
