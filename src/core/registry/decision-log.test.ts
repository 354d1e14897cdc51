import { describe, expect, it } from 'vitest';
import { decisionRecord, summarizeDecisions, withOutcome } from './decision-log';

const AT = new Date('2026-11-27T04:00:00Z');

describe('decision log totals', () => {
  it('counts reused, retrained and failed, and credits each reuse with the last search time', () => {
    const reuse = (id: string, ms: number) => decisionRecord(id, { decision: 'reuse', reason: 'model_still_valid', numbers: {} }, ms, AT);
    const retrain = (id: string) => decisionRecord(id, { decision: 'retrain', reason: 'data_revised', numbers: {} }, 9_999, AT);
    const records = [
      reuse('a', 40_000),
      reuse('b', 2_500),
      withOutcome(retrain('c'), 'retrained'),
      withOutcome(retrain('d'), 'failed', 'fit-failed'),
      retrain('e'),
    ];
    expect(summarizeDecisions(records)).toEqual({
      total: 5,
      reused: 2,
      refit: 0,
      retrained: 1,
      failed: 1,
      pending: 1,
      savedMs: 42_500,
      byReason: { model_still_valid: 2, data_revised: 3 },
    });
    expect(records[3]).toMatchObject({ outcome: 'failed', error: 'fit-failed', savedMs: 0 });
  });

  it('counts a reuse refitted on new weeks as refit, keeping its saved time and its reason', () => {
    const reused = decisionRecord('a', { decision: 'reuse', reason: 'model_still_valid', numbers: { newWeeks: 1 } }, 40_000, AT);
    const refit = { ...withOutcome(reused, 'refit'), savedMs: 39_990 };
    expect(refit).toMatchObject({ decision: 'reuse', outcome: 'refit', reason: 'model_still_valid' });
    expect(summarizeDecisions([refit, reused])).toMatchObject({ total: 2, reused: 1, refit: 1, savedMs: 79_990 });
  });

  it('saves nothing for a reuse whose champion has no recorded search time', () => {
    expect(decisionRecord('a', { decision: 'reuse', reason: 'model_still_valid', numbers: {} }, null, AT).savedMs).toBe(0);
  });
});
