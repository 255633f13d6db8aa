/**
 * Share states of older versions are upgraded one step at a time to SHARE_STATE_VERSION. A
 * migration takes the JSON of version n and returns the JSON of version n + 1; `parseShareState`
 * then validates the result like any other. tests/fixtures/share-state.v*.json keeps one real
 * example of every released version, so an old link or snapshot keeps opening.
 */
import { SHARE_STATE_VERSION } from './shareState';
import { isPlainRecord } from './safeJson';

type Json = Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. None yet: version 1 is the first. */
const MIGRATIONS: Readonly<Record<number, (json: Json) => Json>> = {};

export type MigrateResult =
  { ok: true; json: Json } | { ok: false; reason: 'too-new' | 'invalid'; message: string };

export function migrateShareJson(json: unknown, latest = SHARE_STATE_VERSION): MigrateResult {
  if (!isPlainRecord(json)) return { ok: false, reason: 'invalid', message: 'it does not describe a view' };
  let version = json.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', message: 'it does not say which version it is' };
  }
  if (version > latest) {
    return {
      ok: false,
      reason: 'too-new',
      message: `it was made by a newer version of Nexo (view version ${version}; this one reads up to ${latest})`,
    };
  }
  let out: Json = json;
  while (version < latest) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: 'invalid', message: `no way to upgrade view version ${version}` };
    out = { ...step(out), v: version + 1 };
    version += 1;
  }
  return { ok: true, json: out };
}
