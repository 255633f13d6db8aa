import { describe, expect, it } from 'vitest';
import { DAY_MS } from './dates';
import { FADE_STEPS, fadeStep } from './fade';

const linger = 30 * DAY_MS;

describe('fadeStep', () => {
  it('does not fade an event while it is happening', () => {
    expect(fadeStep(1000, 999, linger)).toBe(0);
  });

  it('fades in steps as the event grows older', () => {
    expect(fadeStep(0, 1, linger)).toBe(1);
    expect(fadeStep(0, 11 * DAY_MS, linger)).toBe(2);
    expect(fadeStep(0, 25 * DAY_MS, linger)).toBe(3);
    expect(fadeStep(0, 45 * DAY_MS, linger)).toBe(FADE_STEPS);
  });

  it('never fades when nothing lingers', () => {
    expect(fadeStep(0, 25 * DAY_MS, 0)).toBe(0);
  });
});
