import { describe, expect, it } from 'vitest';
import { inReadingOrder, nearestPoint, stepPoint } from './readout';

const points = [
  { x: 10, y: 50, text: 'a' },
  { x: 20, y: 0, text: 'b' },
  { x: 30, y: 50, text: 'c' },
];

describe('chart readout', () => {
  it('reads the week under the pointer on a line chart and the nearest dot on a scatter chart', () => {
    expect(nearestPoint(points, 19, 50, 'x')).toBe(1);
    expect(nearestPoint(points, 16, 50, 'xy')).toBe(0);
    expect(nearestPoint([], 1, 1, 'x')).toBe(-1);
  });

  it('moves with the arrow keys, stops at the ends, and jumps with Home and End', () => {
    expect(stepPoint(-1, 'ArrowRight', 3)).toBe(0);
    expect(stepPoint(-1, 'ArrowLeft', 3)).toBe(2);
    expect(stepPoint(2, 'ArrowRight', 3)).toBe(2);
    expect(stepPoint(1, 'ArrowLeft', 3)).toBe(0);
    expect(stepPoint(1, 'End', 3)).toBe(2);
    expect(stepPoint(1, 'Home', 3)).toBe(0);
    expect(stepPoint(1, 'Enter', 3)).toBeNull();
    expect(stepPoint(-1, 'ArrowRight', 0)).toBeNull();
  });

  it('orders points left to right', () => {
    expect(inReadingOrder([points[2]!, points[0]!, points[1]!]).map((p) => p.text)).toEqual(['a', 'b', 'c']);
  });
});
