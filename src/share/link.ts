/**
 * The share link: the view lives in the URL fragment (`#s1.…`), which browsers never send to a
 * server. `s1` is the link format (how the bytes are packed); the JSON inside carries the share
 * state's own version. Decoding never throws: every failure is a value with a message for people.
 */
import { decodeBase64url, encodeBase64url } from './base64url';
import { deflate, inflate } from './compress';
import { migrateShareJson } from './migrate';
import { parseJsonSafely } from './safeJson';
import { parseShareState, type ShareNote, type ShareState } from './shareState';

export const LINK_FORMAT = 1;
/** Longest fragment accepted; a view is a few hundred characters, and chat apps cut long links. */
export const MAX_LINK_CHARS = 4000;
/** Most bytes a link may unpack to. */
export const MAX_DECODED_BYTES = 32_768;

const PATTERN = /^s(\d{1,6})\.([\s\S]*)$/;

export type LinkProblem = 'too-long' | 'not-a-view' | 'corrupt' | 'too-new' | 'too-large' | 'invalid';

export type DecodedLink =
  | { ok: true; state: ShareState | null; notes: ShareNote[] }
  | { ok: false; problem: LinkProblem; message: string };

export async function encodeShareFragment(state: ShareState): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  return `s${LINK_FORMAT}.${encodeBase64url(await deflate(bytes))}`;
}

const fail = (problem: LinkProblem, message: string): DecodedLink => ({ ok: false, problem, message });

/** Decodes a fragment (with or without its `#`). An empty fragment is no view (`state: null`). */
export async function decodeShareFragment(fragment: string): Promise<DecodedLink> {
  if (typeof fragment !== 'string') return fail('not-a-view', 'the link holds no view');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { ok: true, state: null, notes: [] };
  if (text.length > MAX_LINK_CHARS) {
    return fail('too-long', `the link is too long (${text.length} characters; at most ${MAX_LINK_CHARS})`);
  }
  const m = PATTERN.exec(text);
  if (!m) return fail('not-a-view', 'the part after “#” is not a Nexo view');
  const format = Number(m[1]);
  if (format > LINK_FORMAT) {
    return fail(
      'too-new',
      `the link was made by a newer version of Nexo (link format ${format}; this one reads format ${LINK_FORMAT})`,
    );
  }
  if (format !== LINK_FORMAT || m[1] !== String(format)) {
    return fail('not-a-view', 'the part after “#” is not a Nexo view');
  }
  const packed = decodeBase64url(m[2]!);
  if (!packed || packed.length === 0)
    return fail('corrupt', 'the link is damaged or incomplete: its characters do not spell a whole view');
  const inflated = await inflate(packed, MAX_DECODED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail('too-large', `the link is too large: ${inflated.message}`)
      : fail('corrupt', `the link is damaged or incomplete: ${inflated.message}`);
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail('corrupt', 'the link is damaged: its text is not valid UTF-8');
  }
  const parsed = parseJsonSafely(json);
  if (!parsed.ok) return fail('corrupt', 'the link is damaged: its data is not valid JSON');
  const migrated = migrateShareJson(parsed.value);
  if (!migrated.ok) {
    return fail(migrated.reason, `the link cannot be opened: ${migrated.message}`);
  }
  const result = parseShareState(migrated.json);
  if (!result.ok) return fail('invalid', `the link cannot be opened: ${result.message}`);
  return { ok: true, state: result.state, notes: result.notes };
}
