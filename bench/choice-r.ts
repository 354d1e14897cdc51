// R's forecasts for the choice bench: bench/choice-reference.R run with Rscript on the same histories
// (in parallel shards), or, for M4 without R, the recorded r-reference.json (not this run).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readShared } from '../src/test/shared-data';

export type RMethod = 'arima' | 'ets' | 'theta';

export interface RForecast {
  mean: number[];
  lower80: number[] | null;
  upper80: number[] | null;
  lower95: number[] | null;
  upper95: number[] | null;
  seconds: number | null;
  spec: string | null;
}

/** Per series id, per method. */
export type RForecasts = Map<string, Partial<Record<RMethod, RForecast>>>;

const SCRIPT = fileURLToPath(new URL('./choice-reference.R', import.meta.url));

/** R's and forecast's versions when Rscript and the forecast package are installed, else null. */
export function rVersion(): string | null {
  const r = spawnSync(
    'Rscript',
    ['-e', 'suppressPackageStartupMessages(library(forecast)); cat(R.version.string, "/ forecast", as.character(packageVersion("forecast")))'],
    { encoding: 'utf8' },
  );
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs the R script, stopping it after `capS` seconds (the series written by then are kept); true if it finished. */
function runScript(input: string, output: string, frequency: number, horizon: number, methods: readonly RMethod[], capS: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn('Rscript', [SCRIPT, input, output, String(frequency), String(horizon), methods.join(',')], { stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), capS * 1000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(true);
      else if (signal === 'SIGKILL') resolve(false);
      else reject(new Error(`Rscript exited with ${code}`));
    });
  });
}

/** Splits one CSV line with double-quoted fields (R's write.csv). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]!);
}

function parseOutput(text: string, into: RForecasts) {
  const [header, ...lines] = text.trimEnd().split('\n');
  const cols = csvFields(header!);
  const at = (f: string[], c: string) => f[cols.indexOf(c)]!;
  const num = (s: string) => (s === 'NA' || s === '' ? Number.NaN : Number(s));
  for (const line of lines) {
    const f = csvFields(line);
    const byMethod = into.get(at(f, 'id')) ?? {};
    const method = at(f, 'method') as RMethod;
    const fc = (byMethod[method] ??= { mean: [], lower80: [], upper80: [], lower95: [], upper95: [], seconds: num(at(f, 'seconds')), spec: at(f, 'spec') });
    for (const k of ['mean', 'lower80', 'upper80', 'lower95', 'upper95'] as const) fc[k]!.push(num(at(f, k)));
    into.set(at(f, 'id'), byMethod);
  }
}

/** Fits `methods` in R on each history (frequency as given), `shards` Rscript processes at once, each stopped after `capS` seconds. */
export async function rForecasts(
  histories: readonly { id: string; history: readonly number[] }[],
  frequency: number,
  horizon: number,
  methods: readonly RMethod[],
  shards: number,
  capS: number,
): Promise<{ forecasts: RForecasts; complete: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'choice-r-'));
  const out: RForecasts = new Map();
  let complete = false;
  try {
    const jobs = Array.from({ length: Math.max(1, Math.min(shards, histories.length)) }, (_, k) => {
      const mine = histories.filter((_, i) => i % shards === k);
      const input = join(dir, `in-${k}.csv`),
        output = join(dir, `out-${k}.csv`);
      writeFileSync(input, `id,y\n${mine.flatMap((s) => s.history.map((y) => `${s.id},${y}`)).join('\n')}\n`);
      return runScript(input, output, frequency, horizon, methods, capS).then((done) => ({ output, done }));
    });
    const results = await Promise.all(jobs);
    for (const { output } of results) if (existsSync(output)) parseOutput(readFileSync(output, 'utf8'), out);
    complete = results.every((r) => r.done);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const byMethod of out.values())
    for (const fc of Object.values(byMethod)) if (fc.mean.length !== horizon || fc.mean.some((x) => Number.isNaN(x))) fc.mean = [];
  return { forecasts: out, complete };
}

interface ReferenceSeries {
  forecasts: Record<string, number[]>;
  intervals: Record<string, { lower80: number[]; upper80: number[]; lower95: number[]; upper95: number[] }>;
  seconds: Record<string, number>;
  orders: Record<string, string>;
}

/** The recorded R 4.2 / forecast 8.20 run on M4 weekly-dev (theta = M4's Theta.classic there). */
export function recordedM4Reference(): { forecasts: RForecasts; about: string } {
  const ref = JSON.parse(readShared('data/m4-weekly-dev/r-reference.json')) as {
    r_version: string;
    forecast_version: string;
    series: Record<string, ReferenceSeries>;
  };
  const forecasts: RForecasts = new Map();
  for (const [id, s] of Object.entries(ref.series)) {
    const one = (key: string): RForecast => ({
      mean: s.forecasts[key] ?? [],
      lower80: s.intervals[key]?.lower80 ?? null,
      upper80: s.intervals[key]?.upper80 ?? null,
      lower95: s.intervals[key]?.lower95 ?? null,
      upper95: s.intervals[key]?.upper95 ?? null,
      seconds: s.seconds[key] ?? null,
      spec: s.orders[key] ?? null,
    });
    forecasts.set(id, { arima: one('arima'), ets: one('ets'), theta: one('theta') });
  }
  return { forecasts, about: `recorded reference, not this run (${ref.r_version}, forecast ${ref.forecast_version}; r-reference.json)` };
}
