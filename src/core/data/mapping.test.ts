import { describe, expect, it } from 'vitest';
import { columnIndex, columnLabels, type ImportMapping } from './mapping';
import { TableReader } from './table-reader';
import { parseDay } from './dates';

const headers = ['id', 'units', 'date', 'units'];
const mapping: ImportMapping = { id: 'id', title: null, author: null, category: null, date: 'date', volume: 'units', dateFormat: 'auto', isbn: false };
const csv = [
  headers.join(','),
  ...Array.from({ length: 20 }, (_, i) => `b1,${i},${new Date(Date.UTC(2020, 0, 4 + 7 * i)).toISOString().slice(0, 10)},${100 + i}`),
].join('\n');

function volumesRead(m: ImportMapping): number[] {
  const reader = new TableReader('twice.csv', m, ',');
  reader.push(csv);
  const t = reader.finish(parseDay('2026-11-27')!);
  if (!t.ok) throw new Error(t.error.message);
  return Array.from(t.value.volume);
}

describe('columns of the same name', () => {
  it('are labelled by position in a picker; unique names stay as they are', () => {
    expect(columnLabels(headers)).toEqual(['id', 'units (column 2)', 'date', 'units (column 4)']);
  });

  it('the chosen column is read, not the first of its name', () => {
    expect(volumesRead(mapping).slice(0, 3)).toEqual([0, 1, 2]);
    expect(volumesRead({ ...mapping, positions: { volume: 3 } }).slice(0, 3)).toEqual([100, 101, 102]);
  });

  it('a remembered position that no longer bears the name falls back to the name', () => {
    expect(columnIndex(['units', 'id', 'date'], { ...mapping, positions: { volume: 3 } }, 'volume')).toBe(0);
    expect(columnIndex(headers, { ...mapping, title: null }, 'title')).toBe(-1);
  });
});
