import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';

describe('glossary', () => {
  it('has one written entry per id, and the terms the issue names', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of GLOSSARY) expect(e.text.length).toBeGreaterThan(30);
    for (const id of ['origin-fallback', 'skipped-by-policy', 'seasonal', 'ephemeral', 'champion', 'challenger', 'backtest', 'refit', 'mase'] as const) {
      expect(glossaryEntry(id).id).toBe(id);
    }
  });
});
