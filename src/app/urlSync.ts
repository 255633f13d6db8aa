/**
 * Keeps the address bar on the view: on start, the link's fragment is decoded and applied to the
 * story on screen; from then on the fragment follows the view through history.replaceState (no new
 * history entries), at most once per `intervalMs`, because browsers throttle or refuse rapid
 * address changes (Safari throws after ~100 in 30 s) and scrubbing the slider changes the view on
 * every frame. A link that cannot be opened leaves the default view and says what was wrong.
 */
import { decodeShareFragment, encodeShareFragment, type DecodedLink } from '../share/link';
import type { ShareState } from '../share/shareState';
import type { AppStore } from '../store/appStore';
import { applyShareState, captureShareState } from '../store/shareBridge';

export interface UrlSync {
  /** Applies the address's view, then starts following the view. */
  start(): Promise<void>;
  stop(): void;
}

interface Location {
  readonly hash: string;
  readonly pathname: string;
  readonly search: string;
}

export interface UrlSyncWindow {
  readonly location: Location;
  readonly history: Pick<History, 'replaceState' | 'state'>;
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

export function createUrlSync(store: AppStore, win: UrlSyncWindow, { intervalMs = 400 } = {}): UrlSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = -Infinity;
  let writeSeq = 0;
  let stopped = false;
  /** A view for a story that is not open: applied if that story is opened later. */
  let pending: ShareState | null = null;
  const unsubscribers: (() => void)[] = [];

  const fragmentNow = () => win.location.hash.replace(/^#/, '');

  const show = (decoded: DecodedLink) => {
    const { showShareNotice } = store.getState();
    if (!decoded.ok) {
      showShareNotice({
        title: 'This link could not be opened',
        details: [`${capitalise(decoded.message)}.`, 'You are seeing the default view of the story.'],
      });
      return;
    }
    if (!decoded.state) return;
    const result = applyShareState(store, decoded.state);
    if (!result.applied) {
      pending = decoded.state;
      const story = store.getState().story;
      showShareNotice({
        title: 'This link is for another story',
        details: [
          `It shows a view of the story “${decoded.state.story}”, which is not open here` +
            (story ? ` (this is “${story.title}”).` : '.'),
          'Open that story’s file with “Open story…” and the view will be restored, or ask for a snapshot file.',
        ],
      });
      return;
    }
    pending = null;
    const notes = [...decoded.notes, ...result.notes];
    showShareNotice(
      notes.length > 0
        ? { title: 'Part of this link’s view could not be restored', details: notes.map(sentence) }
        : null,
    );
  };

  const write = async () => {
    lastWrite = Date.now();
    const seq = ++writeSeq;
    const state = captureShareState(store.getState());
    const fragment = state ? await encodeShareFragment(state) : '';
    if (seq !== writeSeq || stopped) return; // a newer write has started
    if (store.getState().shareFragment !== fragment) store.getState().setShareFragment(fragment);
    if (fragment === fragmentNow()) return;
    const { pathname, search } = win.location;
    win.history.replaceState(win.history.state, '', `${pathname}${search}${fragment ? `#${fragment}` : ''}`);
  };

  const schedule = () => {
    if (timer !== undefined || stopped) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        void write();
      },
      Math.max(0, lastWrite + intervalMs - Date.now()),
    );
  };

  // A fragment typed or pasted into the address bar of an open tab.
  const onHashChange = () => {
    if (fragmentNow() === store.getState().shareFragment) return;
    void decodeShareFragment(win.location.hash).then((decoded) => {
      if (!stopped) show(decoded);
    });
  };

  return {
    async start() {
      show(await decodeShareFragment(win.location.hash));
      if (stopped) return;
      unsubscribers.push(
        store.subscribe(schedule),
        store.subscribe(
          (s) => s.story,
          (story) => {
            if (story && pending?.story === story.id) show({ ok: true, state: pending, notes: [] });
          },
        ),
      );
      win.addEventListener('hashchange', onHashChange);
      await write();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const u of unsubscribers) u();
      win.removeEventListener('hashchange', onHashChange);
    },
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capitalise(s) + (/[.!?]$/.test(s) ? '' : '.');
