/**
 * The share state: everything a link or a snapshot file carries about the view (not the story).
 *
 * One entry per feature in SHARE_FIELDS: its zod schema (what a link may say) and `fit` (how a
 * parsed value is checked against the story it is applied to: unknown ids dropped, dates clamped).
 * Every field is optional and parsed on its own, so one bad or unknown field never spoils the rest.
 * Adding a field does not change SHARE_STATE_VERSION: old links simply lack it, and older builds
 * ignore it. Bump the version (and add a migration in migrate.ts) only when an existing field changes
 * meaning or shape. See ARCHITECTURE.md, "Sharing".
 */
import { z } from 'zod';
import { formatDay } from '../domain/dates';
import { clamp, TIME_MODES } from '../domain/timeModes';
import { ACTOR_KINDS, LINK_KINDS, TONE_BANDS } from '../domain/vocabulary';
import { LAYOUTS } from '../domain/layouts';
import type { Story } from '../domain/types';
import { isPlainRecord } from './safeJson';

export const SHARE_STATE_VERSION = 1;

/** A message about a part of a shared view that was dropped or changed to fit. */
export type ShareNote = string;

interface ShareField<S extends z.ZodType> {
  readonly schema: S;
  /** What was dropped or changed goes to `note`; return undefined to drop the whole field. */
  fit(value: z.output<S>, story: Story, note: (message: ShareNote) => void): z.output<S> | undefined;
}

const field = <S extends z.ZodType>(f: ShareField<S>) => f;

/** Instants are whole milliseconds within the range a Date can hold. */
const instant = z.number().int().min(-8.64e15).max(8.64e15);
const id = z.string().min(1).max(200);
const modelNumber = z.number().min(-1e7).max(1e7);

export const SHARE_FIELDS = {
  // ── Foundation: time mode, cursor and window ──────────────────────────────────────────────────
  time: field({
    schema: z.object({
      mode: z.enum(TIME_MODES),
      cursor: instant,
      windowStart: instant,
      windowEnd: instant,
    }),
    fit(t, story, note) {
      const { start, end } = story.extent;
      const cursor = clamp(t.cursor, start, end - 1);
      if (cursor !== t.cursor) {
        note(`the date ${formatDay(t.cursor)} is outside this story; showing ${formatDay(cursor)}`);
      }
      const windowStart = clamp(Math.min(t.windowStart, t.windowEnd), start, end);
      const windowEnd = clamp(Math.max(t.windowStart, t.windowEnd), start, end);
      if (t.mode === 'window' && (windowStart !== t.windowStart || windowEnd !== t.windowEnd)) {
        note(
          `the window ${formatDay(t.windowStart)} – ${formatDay(t.windowEnd)} reaches outside this story; ` +
            `it was cut to ${formatDay(windowStart)} – ${formatDay(windowEnd)}`,
        );
      }
      return { mode: t.mode, cursor, windowStart, windowEnd };
    },
  }),

  // ── Foundation: the selected actor or link ────────────────────────────────────────────────────
  selection: field({
    schema: z.object({ type: z.enum(['actor', 'link']), id }),
    fit(sel, story, note) {
      const known = sel.type === 'actor' ? story.actorById.has(sel.id) : story.linkById.has(sel.id);
      if (known) return sel;
      note(`the selected ${sel.type} "${sel.id.slice(0, 60)}" is not in this story`);
      return undefined;
    },
  }),

  // ── Foundation: the part of the graph in view (centre and size, in layout units) ──────────────
  // Kept as a rectangle rather than pan and zoom so that a smaller screen (or an embed) shows at
  // least the same part of the graph.
  viewport: field({
    schema: z.object({
      x: modelNumber,
      y: modelNumber,
      w: z.number().positive().max(1e7),
      h: z.number().positive().max(1e7),
    }),
    fit: (v) => v,
  }),

  // ── Time bar: playback speed (days per second), loop, and how a playing window moves ──────────
  playback: field({
    schema: z.object({
      speed: z.number().positive().max(100_000),
      loop: z.boolean(),
      windowPlay: z.enum(['slide', 'grow']),
    }),
    fit: (p) => p,
  }),

  // ── Explore: filters (what is switched off, and whether it is hidden or faded) ────────────────
  filters: field({
    schema: z.object({
      actorKind: z.array(z.enum(ACTOR_KINDS)).max(ACTOR_KINDS.length),
      linkKind: z.array(z.enum(LINK_KINDS)).max(LINK_KINDS.length),
      tone: z.array(z.enum(TONE_BANDS)).max(TONE_BANDS.length),
      source: z.array(id).max(1000),
      mode: z.enum(['hide', 'fade']),
    }),
    fit(f, story, note) {
      const source = f.source.filter((sid) => story.sourceById.has(sid));
      if (source.length < f.source.length) note('a source filter names sources this story does not have');
      return { ...f, source };
    },
  }),

  // ── Explore: the neighbourhood in focus ──────────────────────────────────────────────────────
  focus: field({
    schema: z.object({ actorId: id, steps: z.number().int().min(1).max(3), hide: z.boolean() }),
    fit(f, story, note) {
      if (story.actorById.has(f.actorId)) return f;
      note(`the focused actor "${f.actorId.slice(0, 60)}" is not in this story`);
      return undefined;
    },
  }),

  // ── Explore: the two ends of a path and how it is searched ───────────────────────────────────
  path: field({
    schema: z.object({ from: id, to: id, forwardInTime: z.boolean(), directed: z.boolean() }),
    fit(p, story, note) {
      if (story.actorById.has(p.from) && story.actorById.has(p.to)) return p;
      note('an end of the path is not in this story');
      return undefined;
    },
  }),

  // ── Explore: the layout, and the actor the radial layout is centred on ───────────────────────
  layout: field({
    schema: z.object({ name: z.enum(LAYOUTS), centre: id.optional() }),
    fit(l, story, note) {
      if (l.centre === undefined || story.actorById.has(l.centre)) return l;
      note(`the layout's centre "${l.centre.slice(0, 60)}" is not in this story`);
      return { name: l.name };
    },
  }),
} as const;

type Fields = typeof SHARE_FIELDS;
export type ShareFieldName = keyof Fields;
export type ShareFieldValue<K extends ShareFieldName> = z.output<Fields[K]['schema']>;

export type ShareState = { readonly v: typeof SHARE_STATE_VERSION; readonly story: string } & {
  readonly [K in ShareFieldName]?: ShareFieldValue<K>;
};

export const SHARE_FIELD_NAMES = Object.keys(SHARE_FIELDS) as ShareFieldName[];

const envelope = z.object({ v: z.literal(SHARE_STATE_VERSION), story: id });

export type ShareStateResult =
  { ok: true; state: ShareState; notes: ShareNote[] } | { ok: false; message: string };

/**
 * Reads a share state of the current version (migrate first). The envelope must be right; each
 * field that does not parse is dropped with a note, and keys this build does not know are ignored.
 */
export function parseShareState(json: unknown): ShareStateResult {
  if (!isPlainRecord(json)) return { ok: false, message: 'it does not describe a view' };
  const env = envelope.safeParse(json);
  if (!env.success) return { ok: false, message: 'it does not say which story and version it is for' };
  const notes: ShareNote[] = [];
  const state: Record<string, unknown> = { v: env.data.v, story: env.data.story };
  for (const name of SHARE_FIELD_NAMES) {
    if (!Object.hasOwn(json, name) || json[name] === undefined) continue;
    const r = SHARE_FIELDS[name].schema.safeParse(json[name]);
    if (r.success) state[name] = r.data;
    else notes.push(`its ${name} was not understood and was left out`);
  }
  const unknown = Object.keys(json).filter((k) => k !== 'v' && k !== 'story' && !(k in SHARE_FIELDS));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 5).map((k) => k.slice(0, 40));
    notes.push(
      `it holds settings this version of Nexo does not know (${shown.join(', ')}); they were left out`,
    );
  }
  return { ok: true, state: state as ShareState, notes };
}

/** Checks every field against the story; what does not fit is dropped or clamped, with a note. */
export function fitShareState(state: ShareState, story: Story): { state: ShareState; notes: ShareNote[] } {
  const notes: ShareNote[] = [];
  const out: Record<string, unknown> = { v: state.v, story: state.story };
  for (const name of SHARE_FIELD_NAMES) {
    const value = state[name];
    if (value === undefined) continue;
    const fit = SHARE_FIELDS[name].fit as ShareField<z.ZodType>['fit'];
    const fitted = fit(value, story, (m) => notes.push(m));
    if (fitted !== undefined) out[name] = fitted;
  }
  return { state: out as ShareState, notes };
}
