import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeStoryFile } from '../../tests/builders';
import { parseStoryJson, parseStoryText } from '../io/loadStory';
import { storyToFile } from '../io/storyFile';
import { formatProblem } from '../io/problems';
import type { Story } from '../domain/types';
import { decodeShareFragment } from './link';
import { parseOpenedFile, snapshotText } from './snapshot';
import { parseShareState, type ShareState } from './shareState';

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');
const shippedText = readFileSync(new URL('../../data/trump-petro.json', import.meta.url), 'utf8');
const loaded = (text: string): Story => {
  const r = parseStoryText(text);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
};
const shipped = loaded(shippedText);
const mini = loaded(JSON.stringify(makeStoryFile()));
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('a story written back as a file', () => {
  it.each([
    ['the shipped story', shipped],
    ['a small story', mini],
  ])('reads back as the same story: %s', (_n, story) => {
    const again = parseStoryJson(JSON.parse(JSON.stringify(storyToFile(story))));
    expect(again.ok && again.value).toEqual(story);
  });

  it('keeps the notes that explain how sources were dated', () => {
    expect(storyToFile(shipped).sources.filter((s) => s.note).length).toBeGreaterThan(0);
  });
});

describe('the snapshot file', () => {
  const views: [string, Story, ShareState][] = [
    ['a bare view', mini, { v: 1, story: 'mini' }],
    [
      'a full view of the shipped story',
      shipped,
      {
        v: 1,
        story: 'trump-petro-2025-26',
        time: {
          mode: 'up-to',
          cursor: day('2025-10-24'),
          windowStart: shipped.extent.start,
          windowEnd: shipped.extent.end,
        },
        selection: { type: 'actor', id: 'gustavo-petro' },
        viewport: { x: 10, y: 20, w: 800, h: 450 },
      },
    ],
  ];

  it.each(views)('round-trips %s with its story', (_n, story, view) => {
    const opened = parseOpenedFile(snapshotText(story, view));
    expect(opened).toEqual({ ok: true, value: { story, view, notes: [] } });
  });

  it('opens a plain story file as a story with no view', () => {
    expect(parseOpenedFile(JSON.stringify(makeStoryFile()))).toEqual({
      ok: true,
      value: { story: mini, view: null, notes: [] },
    });
  });

  const snapshot = (over: Record<string, unknown>) =>
    JSON.stringify({
      format: 'nexo-snapshot',
      version: 1,
      story: makeStoryFile(),
      view: { v: 1, story: 'mini' },
      ...over,
    });

  it.each([
    [
      'a newer snapshot version',
      snapshot({ version: 2 }),
      'version: this snapshot was made by a newer version of Nexo (snapshot version 2; this one reads up to 1)',
    ],
    [
      'no story',
      JSON.stringify({ format: 'nexo-snapshot', version: 1 }),
      'story: missing: a snapshot holds its story',
    ],
    [
      'a broken story',
      snapshot({
        story: makeStoryFile({
          links: [
            {
              id: 'x',
              from: 'a',
              to: 'zz',
              kind: 'meeting',
              tone: 0,
              at: '2025',
              description: 'd',
              sources: ['s1'],
            },
          ],
        }),
      }),
      'story.links[0] (x).to: "zz" is not the id of an actor',
    ],
    ['text that is not JSON', '{"format": "nexo-snapshot",\n  oops}', /^line 2, column 3: not valid JSON/],
  ])('refuses %s, saying where', (_n, text, problem) => {
    const r = parseOpenedFile(text);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.map(formatProblem);
    expect(problems).toContainEqual(typeof problem === 'string' ? problem : expect.stringMatching(problem));
  });

  it('opens the story in its default view when the view cannot be read, and says why', () => {
    const r = parseOpenedFile(snapshot({ view: { v: 9, story: 'mini' } }));
    expect(r.ok && r.value.view).toBeNull();
    expect(r.ok && r.value.notes).toEqual([
      'view: it was made by a newer version of Nexo (view version 9; this one reads up to 1); the story opens in its default view',
    ]);
  });

  it('fits the view to its story, noting what was dropped', () => {
    const r = parseOpenedFile(
      snapshot({ view: { v: 1, story: 'mini', selection: { type: 'actor', id: 'nobody' } } }),
    );
    expect(r.ok && r.value.view).toEqual({ v: 1, story: 'mini' });
    expect(r.ok && r.value.notes).toEqual(['view: the selected actor "nobody" is not in this story']);
  });
});

describe('released versions keep opening', () => {
  it('reads the version 1 share state fixture', () => {
    const r = parseShareState(JSON.parse(fixture('share-state.v1.json')));
    expect(r.ok && r.notes).toEqual([]);
    expect(r.ok && r.state.selection).toEqual({ type: 'actor', id: 'gustavo-petro' });
  });

  it('decodes the version 1 link fixture to the same state', async () => {
    const decoded = await decodeShareFragment(fixture('share-link.v1.txt').trim());
    expect(decoded).toEqual({ ok: true, state: JSON.parse(fixture('share-state.v1.json')), notes: [] });
  });
});
