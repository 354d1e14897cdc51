// The boundary script fails on an import cycle inside src/core and on an arrow up between its rooms.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreProblems, readSources, ruleProblems } from './check-boundaries.mjs';

const real = (): Map<string, string> => readSources(resolve('src'));
const withLine = (sources: Map<string, string>, file: string, line: string) => {
  const copy = new Map(sources);
  if (!copy.has(file)) throw new Error(`no ${file}`);
  copy.set(file, `${line}\n${copy.get(file)}`);
  return copy;
};

describe('check-boundaries', () => {
  it('passes the code as it is', () => {
    const sources = real();
    expect([...ruleProblems(sources), ...coreProblems(sources)]).toEqual([]);
  });

  it('fails on the cycle between train-product and train-study, were it back', () => {
    const sources = withLine(real(), 'core/pipeline/train-study.ts', "import type { trainProduct } from './train-product';");
    const problems = coreProblems(sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^import cycle in src\/core: .*src\/core\/pipeline\/train-product\.ts.*src\/core\/pipeline\/train-study\.ts/);
  });

  it('fails on the arrow up from registry to exchange, were it back', () => {
    const sources = withLine(real(), 'core/registry/version-draft.ts', "import { checkRefitForecast } from '../exchange/forecast-table';");
    expect(coreProblems(sources)).toEqual([
      'src/core/registry/version-draft.ts: imports src/core/exchange/forecast-table.ts — an arrow up from registry to exchange; core rooms import only rooms below them',
    ]);
  });

  it('fails on rooms side by side that import each other, and on a room with no place', () => {
    const sources = new Map([
      ['core/model/a.ts', "import { b } from '../chart/b';"],
      ['core/chart/b.ts', 'export const b = 1;'],
      ['core/kitchen/c.ts', "import { b } from '../chart/b';"],
    ]);
    expect(coreProblems(sources)).toEqual([
      'src/core/kitchen/c.ts: core room "kitchen" has no place in CORE_ROOMS (scripts/check-boundaries.mjs)',
      'src/core/model/a.ts: imports src/core/chart/b.ts — model and chart are side by side and must not depend on each other',
    ]);
  });

  it('finds a cycle through three files of one room and through an index barrel', () => {
    const sources = new Map([
      ['core/search/a.ts', "import { b } from './b';"],
      ['core/search/b.ts', "import type { C } from './c';"],
      ['core/search/c.ts', "export * from '.';"],
      ['core/search/index.ts', "export * from './a';"],
    ]);
    expect(coreProblems(sources)).toEqual([
      'import cycle in src/core: src/core/search/a.ts → src/core/search/b.ts → src/core/search/c.ts → src/core/search/index.ts → src/core/search/a.ts',
    ]);
  });
});
