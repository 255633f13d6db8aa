/**
 * The snapshot file: a story and a view in one JSON file, so a view can be handed on with its data
 * (a story opened from a file cannot be reached by a link). Opening a file accepts either a plain
 * story file or a snapshot; problems say where they are ("story.links[3] (x).end: …", "view.time").
 */
import type { Story } from '../domain/types';
import { parseJsonText, parseStoryJson } from '../io/loadStory';
import type { Problem, Result } from '../io/problems';
import { storyToFile } from '../io/storyFile';
import { migrateShareJson } from './migrate';
import { isPlainRecord } from './safeJson';
import { fitShareState, parseShareState, type ShareNote, type ShareState } from './shareState';

export const SNAPSHOT_FORMAT = 'nexo-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface OpenedFile {
  readonly story: Story;
  /** The view to restore, already fitted to the story; null for a plain story file. */
  readonly view: ShareState | null;
  /** What of the view was dropped or changed, with where. */
  readonly notes: readonly ShareNote[];
}

export function snapshotText(story: Story, view: ShareState): string {
  const file = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    story: storyToFile(story),
    view: { ...view, story: story.id },
  };
  return JSON.stringify(file, null, 2) + '\n';
}

export function isSnapshotJson(json: unknown): boolean {
  return isPlainRecord(json) && json.format === SNAPSHOT_FORMAT;
}

/** Reads a chosen file: a story file (view null) or a snapshot (story and view). */
export function parseOpenedFile(text: string): Result<OpenedFile> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  if (!isSnapshotJson(json.value)) {
    const story = parseStoryJson(json.value);
    return story.ok ? { ok: true, value: { story: story.value, view: null, notes: [] } } : story;
  }
  return parseSnapshotJson(json.value as Record<string, unknown>);
}

function parseSnapshotJson(file: Record<string, unknown>): Result<OpenedFile> {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return problem('version', 'must be a whole number from 1');
  }
  if (version > SNAPSHOT_VERSION) {
    return problem(
      'version',
      `this snapshot was made by a newer version of Nexo (snapshot version ${version}; this one reads up to ${SNAPSHOT_VERSION})`,
    );
  }
  if (!Object.hasOwn(file, 'story')) return problem('story', 'missing: a snapshot holds its story');
  const story = parseStoryJson(file.story);
  if (!story.ok) {
    return {
      ok: false,
      problems: story.problems.map((p) => ({
        where: p.where ? `story.${p.where}` : 'story',
        message: p.message,
      })),
    };
  }
  const notes: ShareNote[] = [];
  const migrated = migrateShareJson(file.view);
  if (!migrated.ok) {
    notes.push(`view: ${migrated.message}; the story opens in its default view`);
    return { ok: true, value: { story: story.value, view: null, notes } };
  }
  const parsed = parseShareState({ ...migrated.json, story: story.value.id });
  if (!parsed.ok) {
    notes.push(`view: ${parsed.message}; the story opens in its default view`);
    return { ok: true, value: { story: story.value, view: null, notes } };
  }
  const fitted = fitShareState(parsed.state, story.value);
  notes.push(...[...parsed.notes, ...fitted.notes].map((n) => `view: ${n}`));
  return { ok: true, value: { story: story.value, view: fitted.state, notes } };
}

function problem(where: string, message: string): Result<never> {
  const p: Problem = { where, message };
  return { ok: false, problems: [p] };
}
