// docs/ARCHITECTURE.md names real files: a path it quotes that no longer exists fails here, so the
// doc cannot drift from the code unnoticed; nor can its drawing of the core rooms from CORE_ROOMS.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_ROOMS } from './check-boundaries.mjs';

const ROOMS = /^(?:src\/)?(?:core|engine|workers|storage|app|ui|dev|test)(?:\/[\w.-]+)*\/?$/;

/** The paths under src/ quoted in backticks, with or without the leading `src/`. */
function quotedSourcePaths(markdown: string): string[] {
  const quoted = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  return [...new Set(quoted.filter((q) => ROOMS.test(q)).map((q) => (q.startsWith('src/') ? q : `src/${q}`)))];
}

const doc = () => readFileSync(resolve('docs/ARCHITECTURE.md'), 'utf8');

describe('docs/ARCHITECTURE.md', () => {
  it('quotes only paths that exist', () => {
    const paths = quotedSourcePaths(doc());
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => !existsSync(resolve(p)))).toEqual([]);
  });

  it('finds a quoted path, bare or under src/, and ignores other code', () => {
    expect(quotedSourcePaths('`src/core/result.ts`, `workers/fit-pool.ts`, `readHead`, `npm run check`, `core/gone.ts`')).toEqual([
      'src/core/result.ts',
      'src/workers/fit-pool.ts',
      'src/core/gone.ts',
    ]);
  });

  it("draws the rooms of src/core in the boundary script's order, top room first", () => {
    const block =
      doc()
        .split('```')
        .find((b) => b.includes('stored/')) ?? '';
    const drawn = block
      .split('\n')
      .filter((line) => /\S/.test(line) && !/^\s*│\s*$/.test(line))
      .map((line) =>
        line
          .trim()
          .split(/\s{2,}/)[0]!
          .split(' · '),
      );
    const ordered = CORE_ROOMS.map((line: string[]) => line.map((room) => (room.endsWith('.ts') ? room : `${room}/`)));
    expect(drawn).toEqual([...ordered].reverse());
  });
});
