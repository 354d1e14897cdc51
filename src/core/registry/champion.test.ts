import { describe, expect, it } from 'vitest';
import { metrics, modelVersion, wavySeries } from '../../test/model-version';
import { judgeChallenger, rollbackTo } from './champion';
import { emptyAliases, type ModelVersion } from './registry-types';
import { versionsToDelete } from './retention';

const policy = { championMargin: 0.05, maxVersionsPerProduct: 3 };
const AT = '2026-11-27T04:00:00.000Z';
const series = wavySeries(100);

async function version(n: number, rmse: number, o: Partial<ModelVersion> = {}) {
  const base = await modelVersion(series, { version: n });
  return { ...base, evaluation: { ...base.evaluation, test: metrics(rmse) }, ...o };
}

describe('judgeChallenger', () => {
  it('makes the first version champion', async () => {
    const r = judgeChallenger({ aliases: { ...emptyAliases('p'), nextVersion: 2 }, challenger: await version(1, 10), champion: null, policy, at: AT });
    expect(r.aliases).toMatchObject({ champion: 1, challenger: null, previousChampion: null });
    expect(r.event).toMatchObject({ kind: 'first-champion', from: null, to: 1, reason: 'no_champion' });
  });

  it('promotes a challenger that beats the champion on the same window by the margin', async () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const r = judgeChallenger({ aliases, challenger: await version(2, 9.4), champion: await version(1, 10), policy, at: AT });
    expect(r.aliases).toMatchObject({ champion: 2, previousChampion: 1, challenger: null });
    expect(r.event).toMatchObject({ kind: 'promoted', from: 1, to: 2, reason: 'challenger_better_by_6.0%' });
  });

  it('keeps the champion when the challenger is better by less than the margin; it stays as a challenger', async () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const r = judgeChallenger({ aliases, challenger: await version(2, 9.6), champion: await version(1, 10), policy, at: AT });
    expect(r.aliases).toMatchObject({ champion: 1, challenger: 2, previousChampion: null });
    expect(r.event).toMatchObject({ kind: 'challenger-lost', from: 1, to: 1, challenger: 2, reason: 'challenger_not_better_by_margin_4.0%' });
  });

  it("on a different window uses the champion's score measured there, not its old recorded one", async () => {
    const other = await version(2, 9, { data: { ...(await version(2, 9)).data, digest: 'f'.repeat(64) } });
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    // Recorded 10 would let 9 win; measured on the new window the champion scores 8.
    const lost = judgeChallenger({
      aliases,
      challenger: other,
      champion: await version(1, 10),
      championOnWindow: { version: 1, metrics: metrics(8) },
      policy,
      at: AT,
    });
    expect(lost.aliases).toMatchObject({ champion: 1, challenger: 2 });
    const won = judgeChallenger({
      aliases,
      challenger: other,
      champion: await version(1, 10),
      championOnWindow: { version: 1, metrics: metrics(9.6) },
      policy,
      at: AT,
    });
    expect(won.event).toMatchObject({ kind: 'promoted', reason: 'challenger_better_by_6.2%' });
  });

  it("states the weeks it compared on: both errors on the challenger's test window, with its dates", async () => {
    const challenger = await version(2, 9, { data: { ...(await version(2, 9)).data, digest: 'f'.repeat(64) } });
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const r = judgeChallenger({ aliases, challenger, champion: await version(1, 20), championOnWindow: { version: 1, metrics: metrics(9.6) }, policy, at: AT });
    const w = challenger.evaluation.testWindow;
    expect(r.event.numbers).toMatchObject({ championRmse: 9.6, challengerRmse: 9, windowStart: w.start, windowEnd: w.end, windowWeeks: w.weeks });
    const same = judgeChallenger({ aliases, challenger: await version(2, 9.6), champion: await version(1, 10), policy, at: AT });
    expect(same.event.numbers).toMatchObject({ championRmse: 10, challengerRmse: 9.6, windowStart: w.start, windowEnd: w.end });
  });

  it('without a score on the same weeks the challenger has not beaten the champion; a champion that cannot forecast them loses', async () => {
    const other = await version(2, 9, { data: { ...(await version(2, 9)).data, digest: 'f'.repeat(64) } });
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const champion = await version(1, 10);
    const unmeasured = judgeChallenger({ aliases, challenger: other, champion, policy, at: AT });
    expect(unmeasured.event).toMatchObject({ kind: 'challenger-lost', reason: 'champion_not_comparable' });
    // A score measured on another champion (it changed meanwhile) does not count.
    const stale = judgeChallenger({ aliases, challenger: other, champion, championOnWindow: { version: 7, metrics: metrics(100) }, policy, at: AT });
    expect(stale.event.reason).toBe('champion_not_comparable');
    const broken = judgeChallenger({ aliases, challenger: other, champion, championOnWindow: { version: 1, metrics: 'unavailable' }, policy, at: AT });
    expect(broken.event).toMatchObject({ kind: 'promoted', from: 1, to: 2, reason: 'champion_cannot_forecast_window' });
  });
});

const IMPORTED = {
  kind: 'imported',
  importedAt: AT,
  fileName: 'edited.json',
  exportedAt: AT,
  exportedBy: '0.1.0',
  checksum: 'a'.repeat(64),
  originalName: 'arima_book_p',
  originalVersion: 1,
} as const;
const stored = (...ns: number[]) => ns.map((version) => ({ version, provenance: { kind: 'trained' } as const }));

describe('judgeChallenger with imported versions (a checksum proves integrity, not honesty)', () => {
  it('never promotes an import on the numbers its file brings, however good they are', async () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    // Edited test metrics (RMSE 0) with a recomputed checksum: the file is intact, its numbers are not.
    const edited = await version(2, 0, { provenance: { ...IMPORTED, verification: 'unverified' } });
    const r = judgeChallenger({ aliases, challenger: edited, champion: await version(1, 10), policy, at: AT });
    expect(r.aliases).toMatchObject({ champion: 1, challenger: 2 });
    expect(r.event).toMatchObject({ kind: 'challenger-lost', reason: 'imported_metrics_unverified' });
    // Versions imported before verification was recorded count as unverified.
    const older = judgeChallenger({ aliases, challenger: await version(2, 0, { provenance: IMPORTED }), champion: await version(1, 10), policy, at: AT });
    expect(older.event.reason).toBe('imported_metrics_unverified');
  });

  it("judges an import re-scored on the lab's own series by the normal rule", async () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const r = judgeChallenger({
      aliases,
      challenger: await version(2, 9, { provenance: { ...IMPORTED, verification: 'recomputed' } }),
      champion: await version(1, 10),
      policy,
      at: AT,
    });
    expect(r.event).toMatchObject({ kind: 'promoted', reason: 'challenger_better_by_10.0%' });
  });

  it('lets an unverified import become the first champion of an empty product, and says so', async () => {
    const r = judgeChallenger({
      aliases: { ...emptyAliases('p'), nextVersion: 2 },
      challenger: await version(1, 0.5, { provenance: IMPORTED }),
      champion: null,
      policy,
      at: AT,
    });
    expect(r.event).toMatchObject({ kind: 'first-champion', reason: 'no_champion_unverified_import' });
  });

  it("does not let an unverified champion's recorded numbers block a trained challenger: only a measurement counts", async () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const fakeChampion = await version(1, 0.5, { provenance: IMPORTED });
    const unmeasured = judgeChallenger({ aliases, challenger: await version(2, 9), champion: fakeChampion, policy, at: AT });
    expect(unmeasured.event.reason).toBe('champion_not_comparable');
    const measured = judgeChallenger({
      aliases,
      challenger: await version(2, 9),
      champion: fakeChampion,
      championOnWindow: { version: 1, metrics: metrics(20) },
      policy,
      at: AT,
    });
    expect(measured.event).toMatchObject({ kind: 'promoted', reason: 'challenger_better_by_55.0%' });
  });
});

describe('rollbackTo', () => {
  it("makes an unverified import champion only when the person confirmed its numbers are the file's own", () => {
    const aliases = { ...emptyAliases('p'), champion: 1, nextVersion: 3 };
    const versions = [...stored(1), { version: 2, provenance: IMPORTED }];
    expect(rollbackTo(aliases, 2, versions, AT)).toMatchObject({ ok: false, error: { code: 'unverified-not-confirmed' } });
    const r = rollbackTo(aliases, 2, versions, AT, { unverifiedConfirmed: true });
    expect(r.ok && r.value.event).toMatchObject({ kind: 'rollback', from: 1, to: 2, reason: 'made_unverified_champion_by_hand_2' });
  });

  it('makes an earlier version champion and logs it', () => {
    const r = rollbackTo({ ...emptyAliases('p'), champion: 3, previousChampion: 2, nextVersion: 4 }, 1, stored(1, 2, 3), AT);
    expect(r.ok && r.value.aliases).toMatchObject({ champion: 1, previousChampion: 3 });
    expect(r.ok && r.value.event).toMatchObject({ kind: 'rollback', from: 3, to: 1, reason: 'rollback_to_version_1' });
  });

  it('refuses a deleted version and the current champion', () => {
    const aliases = { ...emptyAliases('p'), champion: 3, nextVersion: 4 };
    expect(rollbackTo(aliases, 1, stored(2, 3), AT)).toMatchObject({ ok: false, error: { code: 'unknown-version' } });
    expect(rollbackTo(aliases, 3, stored(2, 3), AT)).toMatchObject({ ok: false, error: { code: 'already-champion' } });
  });
});

describe('versionsToDelete', () => {
  it('deletes the oldest versions beyond N', () => {
    expect(versionsToDelete([1, 2, 3, 4, 5], { ...emptyAliases('p'), champion: 5, previousChampion: 4 }, 3)).toEqual([1, 2]);
  });

  it('never deletes the champion or the one before it, even when they are the oldest', () => {
    const aliases = { ...emptyAliases('p'), champion: 1, previousChampion: 2, challenger: 6 };
    expect(versionsToDelete([1, 2, 3, 4, 5, 6], aliases, 3)).toEqual([3, 4, 5]);
    expect(versionsToDelete([1, 2, 3], aliases, 0)).toEqual([3]);
  });

  it('deletes nothing within the limit', () => {
    expect(versionsToDelete([1, 2], { ...emptyAliases('p'), champion: 2 }, 3)).toEqual([]);
  });
});
