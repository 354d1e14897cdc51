// Test helper: real panel rows from ../shared/data dressed as a BookScan export (the licensed
// original cannot be shipped). Volumes, values and dates are the panel's own; only the ids become
// valid ISBN-13s and the BookScan-only text columns get fixed placeholder labels.
import { BOOKSCAN_COLUMNS } from '../core/data/mapping';
import { readShared } from './shared-data';

/** A valid ISBN-13 (978 prefix) for the n-th product, check digit computed. */
export function isbnFor(n: number): string {
  const body = `978${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

export const BOOKSCAN_HEADER = [...BOOKSCAN_COLUMNS, 'Source'];

export interface BookScanRow {
  isbn: string;
  title: string;
  date: string;
  volume: string;
  value: string;
}

/** Rows of a shared `long.csv` (id,title,week_ending,volume[,value]) for the given ids, as BookScan rows. */
export function panelRows(path: string, ids: readonly string[], maxPerId = Infinity): BookScanRow[] {
  const [header, ...lines] = readShared(path).trimEnd().split('\n');
  const cols = header!.split(',');
  const at = (name: string) => cols.indexOf(name);
  const counts = new Map<string, number>();
  const rows: BookScanRow[] = [];
  for (const line of lines) {
    const f = line.split(',');
    const id = f[at('id')]!;
    const k = ids.indexOf(id);
    if (k < 0) continue;
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    if (n > maxPerId) continue;
    rows.push({
      isbn: isbnFor(k),
      title: f[at('title')]!,
      date: f[at('week_ending')]!,
      volume: f[at('volume')]!,
      value: at('value') >= 0 ? f[at('value')]! : '',
    });
  }
  return rows;
}

/** A BookScan-shaped CSV; `order` permutes the columns, `date` rewrites the ISO date (e.g. to dd/mm/yyyy). */
export function bookScanCsv(
  rows: readonly BookScanRow[],
  source: string,
  opts: { order?: number[]; delimiter?: string; date?: (iso: string) => string; header?: string[] } = {},
): string {
  const header = opts.header ?? BOOKSCAN_HEADER;
  const order = opts.order ?? header.map((_, i) => i);
  const d = opts.delimiter ?? ',';
  const quote = (s: string) => (s.includes(d) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [order.map((i) => header[i]!).join(d)];
  for (const r of rows) {
    const [y, m, day] = r.date.split('-');
    const cells = [
      r.isbn,
      r.title,
      'Unknown',
      `${y}${m}`,
      opts.date ? opts.date(r.date) : r.date,
      r.volume,
      r.value,
      '',
      '',
      'Paperback',
      'Imprint',
      'Group',
      'Class',
      source,
    ];
    void day;
    lines.push(order.map((i) => quote(cells[i]!)).join(d));
  }
  return lines.join('\n') + '\n';
}

export const dmy = (iso: string) => iso.split('-').reverse().join('/');
export const mdy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
};

/**
 * `count` products of `weeks` weeks each, cut from the long series of a shared panel in
 * non-overlapping pieces (each series' newest weeks first), every piece on the BookScan calendar of
 * the weeks ending `lastWeek` (the M4 panel's own dates are synthetic). Real volumes, and enough
 * products of trainable length (the lab trains on 52 weeks and more) for a large catalogue.
 */
export function panelPieces(path: string, count: number, weeks: number, lastWeek = '2024-07-20'): BookScanRow[] {
  const [header, ...lines] = readShared(path).trimEnd().split('\n');
  const cols = header!.split(',');
  const [idAt, titleAt, volumeAt] = [cols.indexOf('id'), cols.indexOf('title'), cols.indexOf('volume')];
  const series = new Map<string, { title: string; volumes: string[] }>();
  for (const line of lines) {
    const f = line.split(',');
    const s = series.get(f[idAt]!) ?? series.set(f[idAt]!, { title: f[titleAt]!, volumes: [] }).get(f[idAt]!)!;
    s.volumes.push(f[volumeAt]!);
  }
  const end = Date.parse(`${lastWeek}T00:00:00Z`);
  const dates = Array.from({ length: weeks }, (_, i) => new Date(end - (weeks - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));
  const rows: BookScanRow[] = [];
  let k = 0;
  for (const [id, { volumes }] of series) {
    for (let to = volumes.length; to >= weeks && k < count; to -= weeks, k++) {
      const piece = volumes.slice(to - weeks, to);
      rows.push(...piece.map((volume, i) => ({ isbn: isbnFor(k), title: `${id} weeks ${to - weeks + 1}–${to}`, date: dates[i]!, volume, value: volume })));
    }
  }
  return rows;
}
