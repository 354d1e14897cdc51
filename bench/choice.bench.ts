// The lab's default automatic model choice (what the Train button runs) against naive, seasonal naive
// and R on the same held-out weeks: M4 weekly-dev (13 weeks, M4's sMAPE/MASE/OWA) and the retail
// panels (32 weeks). Knobs: CHOICE_BENCH_LIMIT, CHOICE_BENCH_MAX_WEEKS, CHOICE_BENCH_SETS=m4,retail,
// CHOICE_BENCH_SHARDS (default 2 processes), CHOICE_BENCH_R_CAP_S, CHOICE_BENCH_PSEUDO=1 (never reads
// test rows). Writes bench/results/choice.json (or choice-pseudo.json).
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { m4Series, retailSeries, splitHeldOut, type BenchSeries } from './choice-data';
import { labRun, type LabRow } from './choice-lab';
import { m4Report } from './choice-m4';
import { recordedM4Reference, rForecasts, rVersion, type RForecasts } from './choice-r';
import { retailSummary, scoreRetail } from './choice-retail';

const env = process.env;
const pseudo = env.CHOICE_BENCH_PSEUDO === '1';
const limit = Number(env.CHOICE_BENCH_LIMIT ?? Infinity);
/** Only series with at most this many weeks before the held-out window (fast tuning subsets). */
const maxWeeks = Number(env.CHOICE_BENCH_MAX_WEEKS ?? Infinity);
const sets = (env.CHOICE_BENCH_SETS ?? 'm4,retail').split(',').map((s) => s.trim());
const shards = Math.max(1, Number(env.CHOICE_BENCH_SHARDS ?? 2));
/** Wall-clock cap per R process (auto.arima at frequency 52 can take minutes per tuna series). */
const R_CAP_S = Number(env.CHOICE_BENCH_R_CAP_S ?? 1200);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The series of the chosen sets, the first `limit` of each panel (after the length filter). */
function benchSeries(): { m4: BenchSeries[]; retail: BenchSeries[] } {
  const short = (s: BenchSeries) => s.values.length - s.horizon <= maxWeeks;
  const m4 = sets.includes('m4') ? m4Series(pseudo).filter(short).slice(0, limit) : [];
  const retail = sets.includes('retail')
    ? ['tuna', 'walmart'].flatMap((set) =>
        retailSeries(pseudo)
          .filter((s) => s.set === set && short(s))
          .slice(0, limit),
      )
    : [];
  return { m4, retail };
}

/** One shard's lab runs: every `shards`-th series from `index`. */
async function labShard(index: number, all: { m4: BenchSeries[]; retail: BenchSeries[] }): Promise<LabRow[]> {
  const mine = (xs: BenchSeries[]) => xs.filter((_, i) => i % shards === index);
  return [...(await labRun(`m4-${index}`, mine(all.m4))), ...(await labRun(`retail-${index}`, mine(all.retail)))];
}

/** Runs the shards as child Vitest processes of this file (one process each) and merges their rows. */
async function labAll(all: { m4: BenchSeries[]; retail: BenchSeries[] }): Promise<LabRow[]> {
  if (shards === 1) return labShard(0, all);
  const dir = mkdtempSync(join(os.tmpdir(), 'choice-shards-'));
  try {
    const outs = await Promise.all(
      Array.from(
        { length: shards },
        (_, k) =>
          new Promise<string>((resolve, reject) => {
            const out = join(dir, `shard-${k}.json`);
            const child = spawn('npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts', 'bench/choice.bench.ts'], {
              cwd: ROOT,
              stdio: ['ignore', 'inherit', 'inherit'],
              env: { ...env, CHOICE_BENCH_SHARD: String(k), CHOICE_BENCH_SHARD_OUT: out },
            });
            child.on('error', reject);
            child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`shard ${k} exited with ${code}`))));
          }),
      ),
    );
    return outs.flatMap((out) => JSON.parse(readFileSync(out, 'utf8')) as LabRow[]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** R on the histories, shortest first so a stopped run keeps the most series; null without R. */
async function rFor(series: BenchSeries[], frequency: number, methods: ('arima' | 'ets' | 'theta')[], version: string | null) {
  if (series.length === 0 || !version) return null;
  const t0 = performance.now();
  const histories = series.map((s) => ({ id: s.id, history: splitHeldOut(s).history })).sort((a, b) => a.history.length - b.history.length);
  const r = await rForecasts(histories, frequency, series[0]!.horizon, methods, shards, R_CAP_S);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `R (${methods.join(', ')}, frequency ${frequency}): ${r.forecasts.size} of ${series.length} series in ${seconds.toFixed(0)} s${r.complete ? '' : ` (stopped at the ${R_CAP_S} s cap)`}`,
  );
  return { ...r, seconds, series: series.length };
}

function gitCommit(): string | null {
  try {
    return execSync('git rev-parse HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

it('the lab’s automatic model choice against baselines and R', async () => {
  const all = benchSeries();
  if (env.CHOICE_BENCH_SHARD !== undefined) {
    writeFileSync(env.CHOICE_BENCH_SHARD_OUT!, JSON.stringify(await labShard(Number(env.CHOICE_BENCH_SHARD), all)));
    return;
  }
  const loadBefore = os.loadavg();
  const started = new Date();
  const t0 = performance.now();
  const lab = await labAll(all);
  const labWallS = (performance.now() - t0) / 1000;
  const version = rVersion();
  const rM4Live = await rFor(all.m4, 1, ['arima', 'ets', 'theta'], version);
  // Without R, the recorded run covers M4's real test weeks only, not the pseudo-holdout.
  const recorded = !version && !pseudo && all.m4.length ? recordedM4Reference() : null;
  const rM4: RForecasts | null = rM4Live?.forecasts ?? recorded?.forecasts ?? null;
  const rRetail = await rFor(all.retail, 52, ['arima', 'ets'], version);
  const retailRows = scoreRetail(all.retail, lab, rRetail?.forecasts ?? null);
  const rRun = (r: typeof rM4Live) => r && { seriesWithForecasts: r.forecasts.size, of: r.series, wallSeconds: r.seconds, stoppedAtCap: !r.complete };
  const result = {
    mode: pseudo
      ? 'pseudo-holdout (tuning): real test weeks dropped; the last weeks before them are held out'
      : 'real test weeks (M4 test part; retail last 32 weeks)',
    date: started.toISOString(),
    gitCommit: gitCommit(),
    // Times depend on what else runs: the load average (1, 5, 15 min) before and after the run.
    machine: { cores: os.cpus().length, node: process.version, loadBefore, loadAfter: os.loadavg(), labShards: shards },
    knobs: { limit: Number.isFinite(limit) ? limit : null, maxWeeks: Number.isFinite(maxWeeks) ? maxWeeks : null, sets },
    lab: {
      how: "trainRun with resolveConfig({ url: { profile: 'production', test_weeks: H } }), native engine in Node, one product at a time per shard",
      wallSeconds: labWallS,
    },
    r: version
      ? {
          source: `this run: ${version}`,
          m4: 'auto.arima, ets, thetaf at frequency 1',
          retail: 'auto.arima, ets at frequency 52 (ets ignores seasonality above 24)',
          capSecondsPerProcess: R_CAP_S,
          m4Run: rRun(rM4Live),
          retailRun: rRun(rRetail),
        }
      : { source: recorded ? recorded.about : 'R absent: no R methods', note: 'Rscript with the forecast package was not found' },
    m4: all.m4.length ? { horizon: all.m4[0]!.horizon, ...m4Report(all.m4, lab, rM4) } : null,
    retail: all.retail.length
      ? {
          testWeeks: all.retail[0]!.horizon,
          all: retailSummary(retailRows),
          tuna: retailSummary(retailRows.filter((x) => x.set === 'tuna')),
          walmart: retailSummary(retailRows.filter((x) => x.set === 'walmart')),
          products: retailRows,
        }
      : null,
  };
  const { m4, retail } = result;
  console.log(
    JSON.stringify(
      {
        mode: result.mode,
        r: result.r.source,
        m4: m4 && {
          labFailed: m4.labFailed.length,
          onLabSeries: m4.onLabSeries,
          allSeriesLabFailuresAsNaive: m4.allSeriesLabFailuresAsNaive.methods,
          blowUps: m4.blowUps.count,
          chosen: m4.chosen,
          seconds: m4.secondsPerSeriesByHistoryWeeks,
        },
        retail: retail && { ...retail.all, tunaBeats: retail.tuna.beatsBetterBaseline, walmartBeats: retail.walmart.beatsBetterBaseline },
      },
      null,
      1,
    ),
  );
  writeFileSync(new URL(`./results/${pseudo ? 'choice-pseudo' : 'choice'}.json`, import.meta.url), `${JSON.stringify(result, null, 1)}\n`);
});
