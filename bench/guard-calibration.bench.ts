// Calibration of the forecast envelope guard (issue 11): the native engine fits sensible and suspect
// models on windows of the real panels (histories of at least 52 weeks, as the lab requires); the
// false-positive rate is the share of sensible fits the guard rejects; the catch rate is the share
// of suspect fits that really went wrong (MAE on the weeks that followed > 10× the naive scale and
// > 3× ARIMA(0,1,1)'s) that it rejects. → bench/results/guard-calibration.json
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { checkForecast } from '../src/core/model/guards';
import { nativeEngine } from '../src/core/model/native';
import { describeSpec, type ModelSpec } from '../src/core/model/spec';
import { maseScale } from '../src/core/model/metrics';
import { m4TrainPanel, SEASONAL_NAIVE, SENSIBLE, SUSPECT, uciPanel, windows, type Window } from './guard-panels';
import { tunaPanel, walmartPanel } from './native-panels';

function calibrationWindows(): Window[] {
  const tuna = tunaPanel(),
    walmart = walmartPanel(),
    m4 = m4TrainPanel();
  return [
    ...windows('tuna', tuna, 89, 32, 6),
    ...windows('tuna', tuna, 150, 32, 3),
    ...windows('tuna', tuna, 250, 52, 1),
    ...windows('tuna', tuna, 200, 13, 2),
    ...windows('walmart', walmart, 89, 32, 2),
    ...windows('walmart', walmart, 111, 32, 1),
    ...windows('walmart', walmart, 91, 52, 1),
    // UCI's products have 52 weeks: all of it is history, forecast 32 weeks (no future to judge by).
    ...windows('uci', uciPanel(), 52, 0, 1).map((w) => ({ ...w, future: [] })),
    ...windows('m4', m4, 120, 32, 1),
    ...windows(
      'm4',
      m4.filter((p) => p.y.length > 400),
      350,
      52,
      1,
    ),
    ...windows('m4', m4, 80, 13, 1),
  ];
}

const mae = (f: readonly number[], a: readonly number[]) => f.reduce((s, x, i) => s + Math.abs(x - a[i]!), 0) / f.length;

interface Tally {
  fits: number;
  rejected: number;
}
const tally = () => ({ fits: 0, rejected: 0 });

test('forecast envelope guard: false positives and catches on real panels', () => {
  const ws = calibrationWindows();
  const bySpec = new Map<string, Tally>();
  const sensible = tally(),
    suspect = tally(),
    bad = tally();
  const reasons = new Map<string, number>();
  const falsePositives: string[] = [];
  const started = performance.now();
  for (const w of ws) {
    const horizon = w.future.length || 32;
    const judge = (spec: ModelSpec) => {
      const fitted = nativeEngine.fit(w.history, spec, horizon);
      if (!fitted.ok) return null;
      const checked = checkForecast(w.history, fitted.value.forecast);
      const t = bySpec.get(describeSpec(spec)) ?? tally();
      t.fits++;
      if (!checked.ok) {
        t.rejected++;
        const kind = checked.error.message.split(' ').slice(0, 3).join(' ');
        reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
      }
      bySpec.set(describeSpec(spec), t);
      return { mean: fitted.value.forecast.mean, rejected: !checked.ok, message: checked.ok ? '' : checked.error.message };
    };
    const base = judge(SENSIBLE[0]!);
    for (const spec of [...SENSIBLE, ...(w.history.length >= 104 ? SEASONAL_NAIVE : [])]) {
      const r = spec === SENSIBLE[0] ? base : judge(spec);
      if (!r) continue;
      sensible.fits++;
      if (r.rejected) {
        sensible.rejected++;
        falsePositives.push(`${w.id} ${describeSpec(spec)}: ${r.message}`);
      }
    }
    for (const spec of SUSPECT) {
      const r = judge(spec);
      if (!r) continue;
      suspect.fits++;
      if (r.rejected) suspect.rejected++;
      if (w.future.length && base) {
        const err = mae(r.mean, w.future);
        if (err > 10 * maseScale(w.history, 1) && err > 3 * mae(base.mean, w.future)) {
          bad.fits++;
          if (r.rejected) bad.rejected++;
        }
      }
    }
  }
  const pct = (t: Tally) => Number(((100 * t.rejected) / t.fits).toFixed(2));
  const result = {
    windows: ws.length,
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
    sensible: { ...sensible, falsePositivePct: pct(sensible) },
    suspect: { ...suspect, rejectedPct: pct(suspect) },
    wentWrong: { ...bad, caughtPct: pct(bad) },
    bySpec: Object.fromEntries([...bySpec].map(([k, t]) => [k, { ...t, rejectedPct: pct(t) }])),
    reasons: Object.fromEntries(reasons),
    falsePositives,
  };
  console.log(JSON.stringify(result, null, 1));
  writeFileSync('bench/results/guard-calibration.json', JSON.stringify(result, null, 1) + '\n');
});
