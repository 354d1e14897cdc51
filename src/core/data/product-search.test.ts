import { describe, expect, it } from 'vitest';
import { compactId, foldText, indexProducts, searchProducts, type ProductEntry } from './product-search';

const CATALOGUE: ProductEntry[] = [
  { id: '9780722532935', title: 'The Alchemist', author: 'Paulo Coelho' },
  { id: '9780261102217', title: 'The Hobbit', author: 'J.R.R. Tolkien' },
  { id: '9782070360024', title: "L'Étranger", author: 'Albert Camus' },
  { id: '9780141439518', title: 'Pride and Prejudice', author: 'Jane Austen' },
  { id: '9780722532', title: 'Alchemy for Beginners' },
  { id: 'P40', title: 'Product forty' },
  { id: 'P4', title: 'Product four' },
];
const index = indexProducts(CATALOGUE);
const found = (q: string) => searchProducts(index, q).map((i) => CATALOGUE[i]!.id);

describe('searchProducts', () => {
  it('puts the product whose id is the query first, before ids it merely starts', () => {
    expect(found('P4')).toEqual(['P4', 'P40']);
    expect(found('9780722532')[0]).toBe('9780722532');
    expect(found('9780722532')).toContain('9780722532935');
  });

  it('finds an ISBN typed with hyphens or spaces', () => {
    expect(found('978-0-7225-3293-5')).toEqual(['9780722532935']);
    expect(found('978 0261 10221 7')).toEqual(['9780261102217']);
  });

  it('ranks a title prefix before a word inside a title, and that before a substring', () => {
    const ids = [
      { id: 'a', title: 'Mid alchemy' },
      { id: 'b', title: 'Unalchemical' },
      { id: 'c', title: 'Alchemy today' },
    ];
    const idx = indexProducts(ids);
    expect(searchProducts(idx, 'alchem').map((i) => ids[i]!.id)).toEqual(['c', 'a', 'b']);
  });

  it('folds case and diacritics on both sides', () => {
    expect(found('etranger')).toEqual(['9782070360024']);
    expect(found('ÉTRANGER')).toEqual(['9782070360024']);
    expect(found('the ALCHEMIST')).toEqual(['9780722532935']);
  });

  it('finds by author, and by words spread over title and author', () => {
    expect(found('coelho')).toEqual(['9780722532935']);
    expect(found('tolkien hobbit')).toEqual(['9780261102217']);
  });

  it('matches everything in catalogue order for an empty query, and nothing for a stranger', () => {
    expect(found('  ')).toEqual(CATALOGUE.map((p) => p.id));
    expect(found('zzz')).toEqual([]);
  });

  it('keeps the catalogue order among equally good matches', () => {
    expect(found('product')).toEqual(['P40', 'P4']);
  });

  it('searches 5,000 products well inside a frame', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      id: `97800000${String(i).padStart(5, '0')}`,
      title: `Ünusual title number ${i}`,
      author: `Author ${i % 97}`,
    }));
    const big = indexProducts(many);
    const started = performance.now();
    for (const q of ['u', 'un', 'unusual title number 4', '978-0000-04999', 'author 5']) searchProducts(big, q);
    // Five keystrokes' searches; generous for a loaded machine, still far under a 100 ms long task each.
    expect(performance.now() - started).toBeLessThan(250);
    expect(searchProducts(big, 'unusual title number 4999').map((i) => many[i]!.id)).toEqual(['9780000004999']);
  });
});

describe('folding', () => {
  it('drops diacritics, case and extra spaces', () => {
    expect(foldText('  Crème   Brûlée ')).toBe('creme brulee');
  });
  it('compacts ids without hyphens or spaces', () => {
    expect(compactId('978-0-7225 3293-5')).toBe('9780722532935');
  });
});
