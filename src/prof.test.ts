import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHead } from './core/data/file-head';
import { TableReader } from './core/data/table-reader';
it('prof', () => {
  const text = readFileSync('/tmp/shelfcast-bookscan-400000.csv', 'utf8');
  const head = readHead(text.slice(0, 65536), false);
  if (!head.ok) throw new Error();
  const t = performance.now();
  const reader = new TableReader('f.csv', head.value.mapping, ',');
  for (let i = 0; i < text.length; i += 65536) reader.push(text.slice(i, i + 65536));
  const r = reader.finish(30000);
  console.log('reader', performance.now() - t, r.ok && r.value.product.length, r.ok && r.value.rejectedCount);
});
