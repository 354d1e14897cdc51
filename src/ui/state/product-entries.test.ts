import { describe, expect, it } from 'vitest';
import { entriesFor, productEntries, titledId } from './product-entries';

describe('product entries for pickers', () => {
  it('lists the dataset first, in its order with authors, then products only the registry knows', () => {
    const dataset = [
      { id: 'b', title: 'Bee', author: 'Ann' },
      { id: 'a', title: 'Ay', author: '' },
    ];
    const registered = new Map([
      ['z', 'Zed'],
      ['a', 'Ay (old title)'],
      ['c', 'See'],
    ]);
    expect(productEntries(dataset, registered)).toEqual([
      { id: 'b', title: 'Bee', author: 'Ann' },
      { id: 'a', title: 'Ay' },
      { id: 'c', title: 'See' },
      { id: 'z', title: 'Zed' },
    ]);
  });

  it('titles given ids once each, falling back to the id', () => {
    expect(entriesFor(['p2', 'p1', 'p2'], new Map([['p1', 'One']]))).toEqual([
      { id: 'p2', title: 'p2' },
      { id: 'p1', title: 'One' },
    ]);
  });

  it('puts the title beside the id when one is known', () => {
    const titles = new Map([
      ['978', 'The Alchemist'],
      ['x', 'x'],
    ]);
    expect(titledId('978', titles)).toBe('The Alchemist (978)');
    expect(titledId('x', titles)).toBe('x');
    expect(titledId('unknown', titles)).toBe('unknown');
  });
});
