import { describe, expect, it } from 'vitest';
import { createBatches, interner } from './batches';

describe('interner', () => {
  it('makes one object per key, and only once', () => {
    const intern = interner<{ n: number }>();
    let made = 0;
    const make = () => ({ n: ++made });
    const a = intern('a', make);
    expect(intern('a', make)).toBe(a);
    expect(intern('b', make)).not.toBe(a);
    expect(made).toBe(2);
  });
});

describe('createBatches', () => {
  it('collects numbers per pen and lists the pens by order, ties as first met', () => {
    const [top, low, alsoLow] = [{ order: 2 }, { order: 0 }, { order: 0 }];
    const batches = createBatches<{ order: number }>();
    batches.of(top).push(1, 2);
    batches.of(low).push(3);
    batches.of(alsoLow).push(4);
    batches.of(top).push(5);
    expect(batches.inOrder()).toEqual([
      [low, [3]],
      [alsoLow, [4]],
      [top, [1, 2, 5]],
    ]);
    expect(batches.inOrder()[0]![0]).toBe(low);
  });
});
