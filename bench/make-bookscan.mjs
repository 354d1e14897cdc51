#!/usr/bin/env node
// Writes a BookScan-shaped CSV (default 400,000 rows, 500 products, ~50 MB) to a temp file, built
// from the real panels in ../shared/data: each product replays a real weekly series (tiled and
// scaled), weeks with no sales are absent as in BookScan, week endings are Saturdays 2001–2024.
// Usage: node bench/make-bookscan.mjs [rows] [products] → prints the path.
import { createWriteStream, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
const DAY = 86_400_000;
const FIRST = Date.UTC(2001, 0, 6); // a Saturday, BookScan's first week
const WEEKS = 1229; // to 2024-07-20 (inclusive weeks: 0..1228)
const CATEGORIES = ['F - Adult Fiction', 'S Adult Non-Fiction Specialist', 'T Adult Non-Fiction Trade', "Y Children's, YA & Educational"];

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Real weekly volume series of every panel, as arrays of numbers. */
function realSeries() {
  const out = [];
  for (const panel of ['uci-sales-weekly', 'dominicks-tuna', 'walmart-weekly']) {
    const [header, ...lines] = readFileSync(join(SHARED, panel, 'long.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const cols = header.split(',');
    const id = cols.indexOf('id'),
      vol = cols.indexOf('volume');
    const by = new Map();
    for (const line of lines) {
      const f = line.split(',');
      if (!by.has(f[id])) by.set(f[id], []);
      by.get(f[id]).push(Number(f[vol]));
    }
    for (const values of by.values()) if (values.some((v) => v > 0)) out.push(values);
  }
  return out;
}

function isbn(n) {
  const body = `978${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

export async function makeBookScan(rows = 400_000, products = 500, path = join(tmpdir(), `shelfcast-bookscan-${rows}.csv`)) {
  const r = rng(42);
  const series = realSeries();
  const out = createWriteStream(path);
  out.write('ISBN,Title,Author,Interval,End Date,Volume,Value,ASP,RRP,Binding,Imprint,Publisher Group,Product Class,Source\n');
  const perProduct = rows / products;
  let written = 0;
  for (let p = 0; p < products; p++) {
    const real = series[Math.floor(r() * series.length)];
    const peak = Math.max(...real);
    const scale = (20 + r() * 2000) / peak; // book-like weekly units
    const want = p === products - 1 ? rows - written : Math.round(perProduct * (0.6 + 0.8 * r()));
    const span = Math.min(WEEKS, Math.max(want, Math.round(want / (0.75 + 0.2 * r()))));
    const start = Math.floor(r() * (WEEKS - span + 1));
    const keep = want / span; // share of weeks with a row; the rest are absent, as in BookScan
    const price = 5 + Math.floor(r() * 20) - 0.01;
    const title = `"Book ${p + 1}, The"`;
    const meta = `Author ${p % 97},`;
    const tail = `${r() < 0.7 ? 'Paperback' : 'Hardback'},Imprint ${p % 31},Group ${p % 7},Class ${p % 13},"${CATEGORIES[p % 4]}"\n`;
    let n = 0;
    let chunk = '';
    for (let w = 0; w < span && n < want; w++) {
      if (r() > keep && span - w > want - n) continue;
      const units = Math.max(1, Math.round(real[w % real.length] * scale));
      const d = new Date(FIRST + (start + w) * 7 * DAY);
      const iso = d.toISOString().slice(0, 10);
      const week = String(Math.ceil((d - Date.UTC(d.getUTCFullYear(), 0, 1)) / (7 * DAY)) || 1).padStart(2, '0');
      chunk += `${isbn(p)},${title},${meta}${d.getUTCFullYear()}${week},${iso},${units},${(units * price).toFixed(2)},${price.toFixed(2)},${(price + 2).toFixed(2)},${tail}`;
      n++;
    }
    written += n;
    if (!out.write(chunk)) await new Promise((res) => out.once('drain', res));
  }
  await new Promise((res) => out.end(res));
  return { path, rows: written, products };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [rows, products] = process.argv.slice(2).map(Number);
  const made = await makeBookScan(rows || undefined, products || undefined);
  console.log(JSON.stringify(made));
}
