import { describe, expect, it } from 'vitest';
import { followOffset } from './followOffset';

const row = (i: number, h = 50) => ({ start: i * h, end: (i + 1) * h });
const view = (offset: number, size = 200) => ({ offset, size });

describe('followOffset', () => {
  it('leaves the list alone while the row is wholly in view', () => {
    expect(followOffset(row(2), view(100), 5000)).toBeNull();
    expect(followOffset(row(5), view(100), 5000)).toBeNull(); // 250–300, the view's last pixels
  });

  it('brings a row below the view up to its bottom edge', () => {
    expect(followOffset(row(10), view(0), 5000)).toBe(350);
    expect(followOffset(row(6), view(100), 5000)).toBe(150); // the row just past the bottom
  });

  it('brings a row above the view down to its top edge', () => {
    expect(followOffset(row(1), view(300), 5000)).toBe(50);
  });

  it('scrolls a partly hidden row the rest of the way', () => {
    expect(followOffset({ start: 180, end: 230 }, view(0), 5000)).toBe(30);
    expect(followOffset({ start: 90, end: 140 }, view(100), 5000)).toBe(90);
  });

  it('stays within what the list can scroll', () => {
    expect(followOffset(row(99), view(0), 5000)).toBe(4800);
    expect(followOffset({ start: 4990, end: 5040 }, view(0), 5000)).toBe(4800);
    expect(followOffset(row(0), view(0, 400), 300)).toBeNull();
  });

  it('does nothing before the list has a size', () => {
    expect(followOffset(row(10), view(0, 0), 5000)).toBeNull();
  });
});
