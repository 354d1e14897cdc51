import { describe, expect, it } from 'vitest';
import { lastRecordEnd, RecordChunker } from './record-chunker';

describe('RecordChunker', () => {
  it('never cuts inside a quoted field, even when its newline is the last one', () => {
    const text = 'a,b\n1,"x\ny"\n2,"p\nq';
    expect(lastRecordEnd(text)).toBe(11);
    expect(lastRecordEnd('no newline')).toBe(-1);
  });

  it('returns every character exactly once, in order, whatever the chunk sizes', () => {
    const text = 'h1,h2\n' + Array.from({ length: 200 }, (_, i) => `${i},"t ${i}\n, ""q"""`).join('\n') + '\n';
    for (const [size, block] of [
      [1, 8],
      [5, 64],
      [333, 1000],
    ] as const) {
      const c = new RecordChunker(block);
      const out: string[] = [];
      for (let i = 0; i < text.length; i += size) {
        const piece = c.push(text.slice(i, i + size));
        if (piece) out.push(piece);
      }
      const rest = c.end();
      if (rest) out.push(rest);
      expect(out.join('\n')).toBe(text.slice(0, -1));
    }
  });
});
