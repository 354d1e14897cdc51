import { describe, expect, it } from 'vitest';
import { decimalsOf, formatNumber, linearScale, niceAxis, niceStep } from './scale';

const labels = (a: { ticks: { label: string }[] }) => a.ticks.map((t) => t.label);

describe('value axes', () => {
  it('chooses round steps', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(37_000, 5)).toBe(10_000);
    expect(niceStep(1, 4)).toBe(0.25);
  });

  it('never prints "-0": a band just below zero gives a 0 tick, not "-0" (the forecast chart of issue 14)', () => {
    const axis = niceAxis(-30, 1020, 4);
    expect(labels(axis)).not.toContain('-0');
    expect(labels(axis)).toContain('0');
    expect(formatNumber(-0.04, 1)).toBe('0.0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4)).toBe('0');
  });

  it('ends the domain on ticks, within the tick budget, with round labels', () => {
    const axis = niceAxis(0, 46_633, 6);
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(46_633);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(labels(axis)).toEqual(['0', '10,000', '20,000', '30,000', '40,000', '50,000']);
    // A phone's budget: fewer ticks, same data.
    expect(labels(niceAxis(0, 46_633, 3))).toEqual(['0', '25,000', '50,000']);
  });

  it('labels fractional steps with the decimals they need, free of float noise', () => {
    expect(labels(niceAxis(0, 1, 5))).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(labels(niceAxis(0.3, 0.9, 7))).toEqual(['0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9']);
    expect(decimalsOf(2.5)).toBe(1);
    expect(decimalsOf(500)).toBe(0);
  });

  it('keeps integer axes on whole numbers, and widens a single value into a range', () => {
    expect(labels(niceAxis(0, 3, 10, { integer: true }))).toEqual(['0', '1', '2', '3']);
    expect(labels(niceAxis(0, 40, 4, { integer: true }))).toEqual(['0', '20', '40']);
    const one = niceAxis(500, 500, 5);
    expect(one.min).toBeLessThan(500);
    expect(one.max).toBeGreaterThan(500);
    expect(niceAxis(120, 480, 5, { includeZero: true }).min).toBe(0);
  });

  it('maps the domain onto pixels, upside down for y', () => {
    const y = linearScale(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });
});
