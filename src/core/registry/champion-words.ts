// The champion rules' reason codes (see champion.ts) as sentences for people; pure, runs anywhere.
// The codes themselves stay in the event log and in exports.

const sameWeeks = 'than the champion on the same weeks';

/** The margin part of a `challenger_not_better_by_margin_{pct}` code, in words. */
function notBetterWords(pct: string): string {
  const value = Number.parseFloat(pct);
  if (value === 0) return `The challenger was no better ${sameWeeks}; the champion stays.`;
  if (value < 0) return `The challenger was ${pct.replace(/^-/, '')} worse ${sameWeeks}; the champion stays.`;
  return `The challenger was only ${pct} better ${sameWeeks}, less than the margin a new champion needs; the champion stays.`;
}

/** One sentence for a champion event's reason code; a code it does not know comes back unchanged. */
export function championReasonInWords(code: string): string {
  if (code === 'no_champion') return 'There was no champion yet, so this version became the first champion.';
  if (code === 'no_champion_unverified_import')
    return 'There was no champion yet, so this imported version became the first champion; its test metrics are the file’s own, not measured here (unverified).';
  if (code === 'imported_metrics_unverified')
    return 'This imported version’s test metrics are the file’s own and could not be measured on this browser’s data, so they cannot beat the champion; the champion stays. You can make it champion by hand.';
  if (code === 'champion_cannot_forecast_window') return 'The champion cannot forecast the challenger’s test weeks, so the challenger became champion.';
  if (code === 'champion_not_comparable')
    return 'The champion and the challenger were not measured on the same weeks, so the challenger has not shown it is better; the champion stays.';
  const better = /^challenger_better_by_(-?[\d.]+%)$/.exec(code);
  if (better) return `The challenger was ${better[1]} better ${sameWeeks}; it became champion.`;
  const notBetter = /^challenger_not_better_by_margin_(-?[\d.]+%)$/.exec(code);
  if (notBetter) return notBetterWords(notBetter[1]!);
  const rollback = /^rollback_to_version_(\d+)$/.exec(code);
  if (rollback) return `Version ${rollback[1]} was made champion again by hand (a rollback).`;
  const unverified = /^made_unverified_champion_by_hand_(\d+)$/.exec(code);
  if (unverified) return `Version ${unverified[1]} was made champion by hand, confirmed knowing its test metrics are an imported file’s own (unverified).`;
  return code;
}
