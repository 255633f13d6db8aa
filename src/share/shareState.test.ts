import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { fitShareState, parseShareState, type ShareState } from './shareState';
import { migrateShareJson } from './migrate';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2025-03-01' }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
]);
const { start, end } = story.extent;

describe('fitting a share state to the story it opens on', () => {
  it('keeps what fits as it is, without notes', () => {
    const state: ShareState = {
      v: 1,
      story: 'test',
      time: {
        mode: 'window',
        cursor: day('2025-06-01'),
        windowStart: day('2025-04-01'),
        windowEnd: day('2025-08-01'),
      },
      selection: { type: 'link', id: 'call' },
      viewport: { x: 1, y: 2, w: 300, h: 200 },
    };
    expect(fitShareState(state, story)).toEqual({ state, notes: [] });
  });

  it('clamps a date after the story to its last instant, and says so', () => {
    const { state, notes } = fitShareState(
      {
        v: 1,
        story: 'test',
        time: { mode: 'in-force', cursor: day('2030-01-01'), windowStart: start, windowEnd: end },
      },
      story,
    );
    expect(state.time?.cursor).toBe(end - 1);
    expect(notes).toEqual(['the date 1 Jan 2030 is outside this story; showing 3 Feb 2026']);
  });

  it('clamps a date before the story to its first instant', () => {
    const { state } = fitShareState(
      {
        v: 1,
        story: 'test',
        time: { mode: 'up-to', cursor: day('1990-05-05'), windowStart: start, windowEnd: end },
      },
      story,
    );
    expect(state.time?.cursor).toBe(start);
  });

  it('orders a reversed window and cuts it to the story', () => {
    const { state, notes } = fitShareState(
      {
        v: 1,
        story: 'test',
        time: { mode: 'window', cursor: start, windowStart: day('2027-01-01'), windowEnd: day('2025-06-01') },
      },
      story,
    );
    expect(state.time).toMatchObject({ windowStart: day('2025-06-01'), windowEnd: end });
    expect(notes[0]).toMatch(/reaches outside this story; it was cut to 1 Jun 2025 – 4 Feb 2026/);
  });

  it.each([
    ['an actor', { type: 'actor', id: 'maduro' }, 'the selected actor "maduro" is not in this story'],
    ['a link', { type: 'link', id: 'gone' }, 'the selected link "gone" is not in this story'],
    [
      'an actor id that is a link id',
      { type: 'actor', id: 'call' },
      'the selected actor "call" is not in this story',
    ],
  ] as const)('drops a selected %s that the story does not have', (_n, selection, note) => {
    expect(fitShareState({ v: 1, story: 'test', selection }, story)).toEqual({
      state: { v: 1, story: 'test' },
      notes: [note],
    });
  });
});

describe('parsing a share state', () => {
  it.each([
    ['a negative viewport size', { viewport: { x: 0, y: 0, w: -1, h: 10 } }, 'viewport'],
    ['a fractional instant', { time: { mode: 'up-to', cursor: 1.5, windowStart: 0, windowEnd: 0 } }, 'time'],
    ['an unknown time mode', { time: { mode: 'rewind', cursor: 0, windowStart: 0, windowEnd: 0 } }, 'time'],
    ['an infinite-looking number', { viewport: { x: 1e300, y: 0, w: 1, h: 1 } }, 'viewport'],
    ['a selection of an unknown type', { selection: { type: 'source', id: 's1' } }, 'selection'],
  ])('drops %s and keeps the rest', (_n, extra, field) => {
    const r = parseShareState({ v: 1, story: 'test', selection: { type: 'actor', id: 'a' }, ...extra });
    expect(r.ok && r.notes).toEqual([`its ${field} was not understood and was left out`]);
    expect(r.ok && Object.hasOwn(r.state, field)).toBe(false);
  });

  it('refuses what does not name its story', () => {
    expect(parseShareState({ v: 1 })).toEqual({
      ok: false,
      message: 'it does not say which story and version it is for',
    });
    expect(parseShareState('view')).toEqual({ ok: false, message: 'it does not describe a view' });
  });
});

describe('migrating a share state', () => {
  it('passes the current version through', () => {
    expect(migrateShareJson({ v: 1, story: 'x' })).toEqual({ ok: true, json: { v: 1, story: 'x' } });
  });

  it('upgrades step by step and refuses versions it cannot know', () => {
    expect(migrateShareJson({ v: 1, story: 'x' }, 2)).toMatchObject({
      ok: false,
      message: 'no way to upgrade view version 1',
    });
    expect(migrateShareJson({ v: 3 })).toMatchObject({ ok: false, reason: 'too-new' });
    expect(migrateShareJson({ v: '1' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateShareJson({ v: 0 })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
