/**
 * One-off events linger in "in force" mode for a while after they happened, fading with age. Ages are
 * bucketed into a few steps so the view only restyles a link when its step changes, not every frame.
 */

export const FADE_STEPS = 3;

/** 0 while the event is happening (or nothing lingers); 1 … FADE_STEPS as it grows older. */
export function fadeStep(eventEnd: number, instant: number, linger: number): number {
  const age = instant - eventEnd;
  if (linger <= 0 || age < 0) return 0;
  return Math.min(FADE_STEPS, 1 + Math.floor((age * FADE_STEPS) / linger));
}
