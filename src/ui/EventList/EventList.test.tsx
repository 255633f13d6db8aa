// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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

function renderList() {
  const store = createAppStore(story);
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
