/** JSON.parse that never throws and never lets keys that could reach an object's prototype through. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJsonSafely(text: string): JsonResult {
  try {
    return {
      ok: true,
      value: JSON.parse(text, (key, value: unknown) => (FORBIDDEN.has(key) ? undefined : value)),
    };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
