// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeLink, makeStory } from '../../../tests/builders';
import { partialDate } from '../../domain/dates';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { EventList } from './EventList';

const story = makeStory([
  makeLink('meeting', {
    from: 'trump',
    to: 'petro',
    at: '2026-02-03',
    directed: false,
    description: 'They met.',
  }),
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null], kind: 'office-held' }),
  makeLink('decert', { from: 'us', to: 'colombia', at: '2025-09', kind: 'decertification' }),
]);

const VIEWPORT = 300;
const ROW = 40;

// jsdom lays nothing out: give the list a viewport and each row a height, and let scrollTo scroll,
// as a browser would, so the virtualised list has something to fill.
beforeEach(() => {
  const height = (el: Element) =>
    el.classList.contains('event-list__items')
      ? VIEWPORT
      : el.classList.contains('event-list__item')
        ? ROW
        : 0;
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return height(this);
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return height(this);
  });
  // The list's full height is the height the virtualiser gives its inner <ol>.
  const scrollHeight = (el: Element) =>
    parseFloat((el.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return scrollHeight(this);
  });
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    const top = typeof options === 'object' ? options.top : undefined;
    if (top === undefined) return;
    this.scrollTop = Math.max(0, Math.min(top, scrollHeight(this) - this.clientHeight));
    this.dispatchEvent(new Event('scroll'));
  };
});

function renderList(s = story) {
  const store = createAppStore(s);
  render(
    <StoreProvider store={store}>
      <EventList />
    </StoreProvider>,
  );
  return store;
}

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('EventList', () => {
  it('lists every event in time order, each date at its own precision', () => {
    renderList();
    expect(rows().map((r) => r.querySelector('time')?.textContent)).toEqual([
      'since 20 Jan 2025',
      'Sep 2025',
      '3 Feb 2026',
    ]);
    expect(rows()[2]).toHaveTextContent('TRUMP – PETRO');
    expect(rows()[2]).toHaveTextContent('They met.');
  });

  it('marks the events on the graph now, and follows time', () => {
    const store = renderList();
    act(() => store.getState().setCursor(partialDate('2025-03-01').start));
    expect(screen.getByTestId('event-count')).toHaveTextContent('1 of 3 on the graph');
    expect(rows().map((r) => r.classList.contains('is-shown'))).toEqual([true, false, false]);
    expect(rows()[0]).toHaveTextContent('on the graph now');
  });

  it('moves time to a chosen event and selects its link', async () => {
    const store = renderList();
    act(() => store.getState().setCursor(partialDate('2025-03-01').start));
    await userEvent.click(within(rows()[1]!).getByRole('button'));
    expect(store.getState().selection).toEqual({ type: 'link', id: 'decert' });
    expect(store.visibleSnapshot().links.has('decert')).toBe(true);
    expect(within(rows()[1]!).getByRole('button')).toHaveAttribute('aria-current', 'true');
  });

  it('renders descriptions as text, never as HTML', () => {
    const evil = makeStory([makeLink('x', { at: '2025', description: '<img src=x onerror=alert(1)>' })]);
    const store = createAppStore(evil);
    render(
      <StoreProvider store={store}>
        <EventList />
      </StoreProvider>,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('EventList by keyboard', () => {
  it('is one tab stop, on the selected event, and the arrows move between events', async () => {
    const store = renderList();
    act(() => store.getState().select({ type: 'link', id: 'decert' }));
    const buttons = () => rows().map((r) => within(r).getByRole('button'));
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    await userEvent.tab();
    expect(buttons()[1]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(buttons()[2]).toHaveFocus();
    expect(buttons().map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.keyboard('{Home}');
    expect(buttons()[0]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'link', id: 'office' });
  });
});

describe('EventList in a long story', () => {
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
  const long = makeStory(Array.from({ length: 300 }, (_, i) => makeLink(`e${i}`, { at: day(i) })));
  const ids = () => rows().map((r) => r.dataset.link);
  const scroller = () => document.querySelector<HTMLElement>('.event-list__items')!;
  /** Whether a row lies wholly inside the list's viewport, by the offset the virtualiser gave it. */
  const inView = (id: string) => {
    const row = rows().find((r) => r.dataset.link === id);
    const top = Number(/translateY\((.*)px\)/.exec(row?.style.transform ?? '')?.[1] ?? NaN);
    return top >= scroller().scrollTop && top + ROW <= scroller().scrollTop + VIEWPORT;
  };

  it('renders only the events in and near the view, and says where each stands in the whole', () => {
    renderList(long);
    expect(rows().length).toBeLessThan(40);
    expect(screen.getByTestId('event-count')).toHaveTextContent('of 300 on the graph');
    // The story opens at its end: the latest event is in view, and knows it is the last of 300.
    const last = rows().at(-1)!;
    expect(last.dataset.link).toBe('e299');
    expect(last).toHaveAttribute('aria-posinset', '300');
    expect(last).toHaveAttribute('aria-setsize', '300');
  });

  it('scrolls the latest event on the graph into view as time moves', async () => {
    const store = renderList(long);
    act(() => store.getState().setCursor(partialDate(day(40)).start));
    await waitFor(() => expect(inView('e40')).toBe(true));
    expect(rows().find((r) => r.dataset.link === 'e40')).toHaveClass('is-shown');
    expect(rows().find((r) => r.dataset.link === 'e41')).not.toHaveClass('is-shown');
  });

  it('brings an event that was not rendered into view and focuses it, by keyboard', async () => {
    const store = renderList(long);
    act(() => store.getState().setCursor(partialDate(day(280)).start));
    await waitFor(() => expect(inView('e280')).toBe(true));
    expect(ids()).not.toContain('e0');
    await userEvent.tab();
    expect(document.activeElement?.closest('li')?.dataset.link).toBe('e280');
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement?.closest('li')?.dataset.link).toBe('e0'));
    expect(inView('e0')).toBe(true);
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(document.activeElement?.closest('li')?.dataset.link).toBe('e10'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.closest('li')?.dataset.link).toBe('e299'));
    await waitFor(() => expect(inView('e299')).toBe(true));
  });

  it('keeps the tab stop rendered when the list is scrolled far from it', async () => {
    const store = renderList(long);
    act(() => store.getState().select({ type: 'link', id: 'e150' }));
    act(() => {
      scroller().scrollTop = 0;
      scroller().dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(ids()).toContain('e0'));
    const stop = rows().find((r) => r.dataset.link === 'e150');
    expect(within(stop!).getByRole('button')).toHaveAttribute('tabindex', '0');
  });
});
