// The README's "Forecast from a shared model file" script, run as written (its import pointed at
// this repository) on a file exported here: the example cannot drift from what the API does.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nativeModelVersion } from '../test/native-model';
import { wavySeries } from '../test/model-version';
import { exportModelsJson } from './exchange/model-json';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's TypeScript block that calls `name`. */
function exampleCalling(name: string): string {
  const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.includes(`${name}(`));
  expect(found, `one README block calls ${name}`).toHaveLength(1);
  return found[0]!;
}

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
  vi.restoreAllMocks();
});

describe('README: forecast from a shared model file', () => {
  it('runs the example as written and prints 104 weeks per model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shelfcast-readme-'));
    const series = wavySeries(90);
    const model = await nativeModelVersion(series, { family: 'arima', order: { p: 1, d: 0, q: 1 } });
    const file = join(dir, 'champions.shelfcast-model.json');
    writeFileSync(file, await exportModelsJson([{ model, series }], { includeSeries: true, appVersion: '0.1.0', exportedAt: new Date() }));
    const script = join(dir, 'forecast-model.ts');
    const core = fileURLToPath(new URL('./index', import.meta.url));
    writeFileSync(script, exampleCalling('forecastFromModelFile').replace("from './src/core/index'", `from ${JSON.stringify(core)}`));

    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.argv = [argv[0]!, script, file, '104'];
    await import(/* @vite-ignore */ script);
    expect(error).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(1);
    const [productId, weeks, firstFour] = log.mock.calls[0]!;
    expect(productId).toBe(model.productId);
    expect(weeks).toBe(`104 weeks from ${model.future!.table.weekEnding[0]}:`);
    expect(firstFour).toEqual(model.future!.table.mean.slice(0, 4).map(Math.round));
  });
});
