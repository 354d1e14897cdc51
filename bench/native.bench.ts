// Native SARIMA engine benchmark (issue 5): CSS and exact-ML fit times for the pipeline's s = 52
// models on the longest real weekly series, ratios to the `arima` package measured in the same run
// and to R's fixture timings, and 32-week holdout accuracy against the `arima` package.
import ARIMA from 'arima';
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { arimaEngine } from '../src/engine/arima-engine';
import type { EstimationMethod } from '../src/core/model/engine';
import { nativeEngine } from '../src/core/model/native';
import type { ModelSpec } from '../src/core/model/spec';
import { loadRFits, specOf } from '../src/test/r-arima-fits';
import { median, rmse, summary, time, tunaPanel, walmartPanel } from './native-panels';

const HORIZON = 32;
const sarima = (p: number, d: number, q: number, P: number, D: number, Q: number): ModelSpec => ({
  family: 'sarima',
  order: { p, d, q },
  seasonal: { P, D, Q, s: 52 },
});
const MODELS: Record<string, ModelSpec> = { '(1,0,0)(2,0,1)52': sarima(1, 0, 0, 2, 0, 1), '(2,1,1)(1,0,1)52': sarima(2, 1, 1, 1, 0, 1) };

function nativeTimes(y: number[], spec: ModelSpec, method: EstimationMethod, reps: number) {
  nativeEngine.fit(y, spec, HORIZON, { method }); // warm-up (JIT)
  const runs = Array.from({ length: reps }, () => time(() => nativeEngine.fit(y, spec, HORIZON, { method })));
  const last = runs.at(-1)!.value;
  return { medianMs: median(runs.map((r) => r.ms)), reps, ok: last.ok, loglik: last.ok ? last.value.model.loglik : null };
}

/** The `arima` package directly (method 2 = CSS, 0 = CSS then ML; BFGS), a small count: seconds each. */
function arimaTimes(y: number[], spec: ModelSpec, method: 0 | 2, reps: number) {
  if (spec.family !== 'sarima') throw new Error('sarima only');
  const runs = Array.from({ length: reps }, () =>
    time(() => {
      const model = new ARIMA({ ...spec.order, ...spec.seasonal, method, optimizer: 5, verbose: false });
      try {
        model.train([...y]);
        return model.predict(HORIZON)[0].every(Number.isFinite);
      } finally {
        model.destroy();
      }
    }),
  );
  return { medianMs: median(runs.map((r) => r.ms)), reps, finite: runs.every((r) => r.value) };
}

test('native engine benchmark', () => {
  const tuna = tunaPanel();
  const longest = tuna.reduce((a, b) => (b.y.length > a.y.length ? b : a));
  const series = tuna.find((p) => p.id === 'tuna-b3') ?? longest;
  console.log(`series: ${series.id}, ${series.y.length} weeks (no 568-week real series exists in shared/data; tuna is the longest)`);

  const speed: Record<string, unknown> = {};
  for (const [label, spec] of Object.entries(MODELS)) {
    const css = nativeTimes(series.y, spec, 'CSS', 21);
    const ml = nativeTimes(series.y, spec, 'ML', 3);
    const cssMl = nativeTimes(series.y, spec, 'CSS-ML', 3);
    const wasmCss = arimaTimes(series.y, spec, 2, 2);
    const wasmCssMl = arimaTimes(series.y, spec, 0, 1);
    speed[label] = {
      nativeCss: css,
      nativeMl: ml,
      nativeCssMl: cssMl,
      arimaCss: wasmCss,
      arimaCssMl: wasmCssMl,
      cssSpeedupVsArima: wasmCss.medianMs / css.medianMs,
      mlSpeedupVsArimaCssMl: wasmCssMl.medianMs / ml.medianMs,
    };
    console.log(
      `${label}: native CSS ${css.medianMs.toFixed(1)} ms, ML ${ml.medianMs.toFixed(0)} ms, CSS-ML ${cssMl.medianMs.toFixed(0)} ms | arima CSS ${wasmCss.medianMs.toFixed(0)} ms (x${(wasmCss.medianMs / css.medianMs).toFixed(0)}), arima CSS-ML ${wasmCssMl.medianMs.toFixed(0)} ms (x${(wasmCssMl.medianMs / ml.medianMs).toFixed(0)} vs native ML)`,
    );
  }

  // Against R's own timings (fixtures, same series, model and method): every weekly case R fitted.
  const vsR: { name: string; method: string; rMs: number; nativeMs: number; ratio: number }[] = [];
  for (const c of loadRFits().filter((f) => f.kind === 'weekly' && f.ok)) {
    const t = nativeTimes(c.series, specOf(c), c.method, 3);
    vsR.push({ name: c.name, method: c.method, rMs: c.seconds * 1000, nativeMs: t.medianMs, ratio: (c.seconds * 1000) / t.medianMs });
  }
  const seasonalVsR = vsR.filter((r) => r.name.includes('[52]'));
  for (const r of seasonalVsR) console.log(`R vs native, ${r.name}: R ${r.rMs.toFixed(0)} ms, native ${r.nativeMs.toFixed(1)} ms (x${r.ratio.toFixed(1)})`);
  const byMethod = Object.fromEntries(['CSS', 'ML', 'CSS-ML'].map((m) => [m, summary(vsR.filter((r) => r.method === m).map((r) => r.ratio))]));
  console.log('R time / native time by method (all weekly fixture fits):', JSON.stringify(byMethod));

  // 32-week holdout on the real panels: native CSS-ML vs the arima package (its CSS-ML) where both succeed.
  const holdoutSpecs: [string, ModelSpec, string[]][] = [
    ['ARIMA(1,0,1)+Fourier(K=3)', { family: 'fourier', order: { p: 1, d: 0, q: 1 }, harmonics: 3, period: 52 }, ['tuna', 'walmart']],
    ['ARIMA(2,1,2)', { family: 'arima', order: { p: 2, d: 1, q: 2 } }, ['tuna', 'walmart']],
    ['SARIMA(1,0,0)(1,0,0)[52]', sarima(1, 0, 0, 1, 0, 0), ['tuna']],
  ];
  const panels = { tuna, walmart: walmartPanel() };
  const holdout: Record<string, unknown> = {};
  for (const [label, spec, names] of holdoutSpecs) {
    const ratios: number[] = [];
    let nativeFailed = 0,
      arimaFailed = 0;
    for (const name of names) {
      for (const p of panels[name as keyof typeof panels]) {
        const train = p.y.slice(0, -HORIZON),
          test = p.y.slice(-HORIZON);
        const n = nativeEngine.fit(train, spec, HORIZON, { method: 'CSS-ML' });
        const fitted = arimaEngine.fit(train, spec, HORIZON);
        const w = fitted.ok ? { ok: true as const, value: fitted.value.forecast } : fitted;
        if (!n.ok) nativeFailed++;
        const wOk =
          w.ok &&
          w.value.mean.every(Number.isFinite) &&
          rmse(w.value.mean, test) <
            1e3 *
              rmse(
                test.map(() => 0),
                test,
              );
        if (!wOk) arimaFailed++;
        if (n.ok && wOk && w.ok) ratios.push(rmse(n.value.forecast.mean, test) / rmse(w.value.mean, test));
      }
    }
    holdout[label] = {
      rmseRatioNativeOverArima: summary(ratios),
      nativeNoWorseShare: ratios.filter((r) => r <= 1.0001).length / ratios.length,
      nativeFailed,
      arimaFailed,
    };
    console.log(`holdout ${label}: RMSE native/arima ${JSON.stringify(summary(ratios))}, native failed ${nativeFailed}, arima failed ${arimaFailed}`);
  }

  const result = {
    series: { id: series.id, weeks: series.y.length, note: 'no 568-week real series in shared/data; tuna (398 weeks, R fixture series) is the longest' },
    speed,
    vsR,
    vsRByMethod: byMethod,
    holdout,
  };
  writeFileSync('bench/results/native.json', JSON.stringify(result, null, 2));
});
