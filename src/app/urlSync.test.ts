import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { encodeShareFragment } from '../share/link';
import { createAppStore } from '../store/appStore';
import { createUrlSync, type UrlSyncWindow } from './urlSync';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const story = makeStory([
  makeLink('call', { from: 'trump', to: 'petro', at: '2025-03-01' }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03' }),
]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const writes: string[] = [];
  const win = {
    location: { hash, pathname: '/', search: '' },
    history: {
      state: null,
      replaceState(_state: unknown, _title: string, url: string) {
        writes.push(url);
        win.location.hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
      },
    },
    addEventListener: (_t: 'hashchange', l: () => void) => listeners.add(l),
    removeEventListener: (_t: 'hashchange', l: () => void) => listeners.delete(l),
  } satisfies UrlSyncWindow;
  return { win, writes, navigate: (h: string) => ((win.location.hash = h), listeners.forEach((l) => l())) };
}

describe('the address bar following the view', () => {
  it('applies the link it was opened with', async () => {
    const fragment = await encodeShareFragment({
      v: 1,
      story: 'test',
      selection: { type: 'actor', id: 'petro' },
    });
    const store = createAppStore(story);
    const { win } = fakeWindow(`#${fragment}`);
    const sync = createUrlSync(store, win);
    await sync.start();
    expect(store.getState().selection).toEqual({ type: 'actor', id: 'petro' });
    expect(store.getState().shareNotice).toBeNull();
    sync.stop();
  });

  it('writes the view into the fragment, without flooding the history while scrubbing', async () => {
    const store = createAppStore(story);
    const { win, writes } = fakeWindow('');
    const sync = createUrlSync(store, win, { intervalMs: 100 });
    await sync.start();
    expect(writes).toHaveLength(1);
    const start = Date.now();
    for (let i = 0; Date.now() - start < 500; i++) {
      store.getState().setCursor(story.extent.start + (i % 300) * 86_400_000);
      await sleep(5);
    }
    await sleep(250);
    // ~100 cursor moves in half a second became at most one write per interval.
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.length).toBeLessThanOrEqual(8);
    const last = writes.at(-1)!;
    expect(last.slice(last.indexOf('#') + 1)).toBe(store.getState().shareFragment);
    sync.stop();
  });

  it('opens the default view of a tampered link and says what was wrong', async () => {
    const fragment = await encodeShareFragment({
      v: 1,
      story: 'test',
      selection: { type: 'actor', id: 'petro' },
    });
    const tampered = fragment.slice(0, 10) + (fragment[10] === 'A' ? 'B' : 'A') + fragment.slice(11);
    const store = createAppStore(story);
    const sync = createUrlSync(store, fakeWindow(`#${tampered}`).win);
    await sync.start();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().shareNotice).toEqual({
      title: 'This link could not be opened',
      details: [
        expect.stringMatching(/^The link is damaged/),
        'You are seeing the default view of the story.',
      ],
    });
    sync.stop();
  });

  it('says when a link is for another story, and applies it once that story is opened', async () => {
    const fragment = await encodeShareFragment({
      v: 1,
      story: 'other',
      time: { mode: 'up-to', cursor: day('2025-03-02'), windowStart: 0, windowEnd: 0 },
    });
    const store = createAppStore(story);
    const sync = createUrlSync(store, fakeWindow(`#${fragment}`).win);
    await sync.start();
    expect(store.getState().shareNotice?.title).toBe('This link is for another story');
    expect(store.getState().time.mode).toBe('in-force');
    store.getState().loadStory({ ...story, id: 'other' });
    expect(store.getState().time).toMatchObject({ mode: 'up-to', cursor: day('2025-03-02') });
    expect(store.getState().shareNotice).toBeNull();
    sync.stop();
  });

  it('follows a link pasted into the address bar of the open tab', async () => {
    const store = createAppStore(story);
    const { win, navigate } = fakeWindow('');
    const sync = createUrlSync(store, win);
    await sync.start();
    navigate(
      `#${await encodeShareFragment({ v: 1, story: 'test', selection: { type: 'link', id: 'call' } })}`,
    );
    await expect.poll(() => store.getState().selection).toEqual({ type: 'link', id: 'call' });
    sync.stop();
  });
});
