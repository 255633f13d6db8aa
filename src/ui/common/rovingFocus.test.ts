import { describe, expect, it } from 'vitest';
import { rovingIndex } from './rovingFocus';

describe('rovingIndex', () => {
  it('moves one item with the arrows and stops at either end', () => {
    expect(rovingIndex('ArrowDown', 3, 5)).toBe(4);
    expect(rovingIndex('ArrowDown', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowUp', 1, 5)).toBe(0);
    expect(rovingIndex('ArrowUp', 0, 5)).toBe(0);
  });

  it('jumps to the ends with Home and End, and ten items with Page Up and Page Down', () => {
    expect(rovingIndex('Home', 3, 5)).toBe(0);
    expect(rovingIndex('End', 0, 5)).toBe(4);
    expect(rovingIndex('PageDown', 2, 30)).toBe(12);
    expect(rovingIndex('PageDown', 25, 30)).toBe(29);
    expect(rovingIndex('PageUp', 5, 30)).toBe(0);
  });

  it('leaves other keys, and an empty list, alone', () => {
    expect(rovingIndex('Enter', 1, 5)).toBeNull();
    expect(rovingIndex('ArrowRight', 1, 5)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
