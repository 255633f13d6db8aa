// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeLink, makeStory } from '../../../tests/builders';
import { partialDate } from '../../domain/dates';
import { createStory } from '../../domain/story';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { EventList } from '../EventList/EventList';
import { GraphSummary } from '../GraphSummary/GraphSummary';
import { TimeBar } from './TimeBar';

const base = makeStory([
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null] }),
  makeLink('visa', { from: 'trump', to: 'petro', at: '2025-09-26', tone: -6 }),
  makeLink('decert', { from: 'trump', to: 'petro', at: '2025-09', tone: -5 }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03', directed: false, tone: 5 }),
]);
const story = createStory({ ...base, focusPair: ['trump', 'petro'] });
const t = (d: string) => partialDate(d).start;

function renderBar() {
  const store = createAppStore(story);
  render(
    <StoreProvider store={store}>
      <TimeBar />
      <GraphSummary />
      <EventList />
    </StoreProvider>,
  );
  return store;
}

const slider = () => screen.getByRole('slider', { name: 'Date' });
const date = () => screen.getByTestId('cursor-date');

describe('TimeBar', () => {
  it('opens at the end of the story, announcing the date in words', () => {
    renderBar();
    expect(date()).toHaveTextContent('3 Feb 2026');
    expect(slider()).toHaveAttribute('aria-valuetext', '3 February 2026');
    expect(screen.getByRole('radio', { name: 'In force' })).toBeChecked();
  });

  it('moves a day with the arrows and a month with Shift, and the graph follows', () => {
    const store = renderBar();
    fireEvent.keyDown(slider(), { key: 'ArrowLeft' });
    expect(date()).toHaveTextContent('2 Feb 2026');
    fireEvent.keyDown(slider(), { key: 'ArrowLeft', shiftKey: true });
    expect(date()).toHaveTextContent('2 Jan 2026');
    expect(store.visibleSnapshot().links.has('meeting')).toBe(false);
    fireEvent.keyDown(slider(), { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(slider(), { key: 'ArrowRight' });
    expect(date()).toHaveTextContent('3 Feb 2026');
    expect(store.visibleSnapshot().links.has('meeting')).toBe(true);
  });

  it('jumps to the edges with Home and End', () => {
    renderBar();
    fireEvent.keyDown(slider(), { key: 'Home' });
    expect(date()).toHaveTextContent('20 Jan 2025');
    expect(screen.getByTestId('graph-summary')).toHaveTextContent('2 actors, 1 link shown');
    fireEvent.keyDown(slider(), { key: 'End' });
    expect(date()).toHaveTextContent('3 Feb 2026');
  });

  it('steps to the previous and next event with buttons, skipping empty months', async () => {
    renderBar();
    fireEvent.keyDown(slider(), { key: 'Home' });
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(date()).toHaveTextContent('1 Sep 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
    expect(date()).toHaveTextContent('26 Sep 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Previous event' }));
    expect(date()).toHaveTextContent('1 Sep 2025');
    fireEvent.keyDown(slider(), { key: ']' });
    expect(date()).toHaveTextContent('26 Sep 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Go to end' }));
    expect(date()).toHaveTextContent('3 Feb 2026');
    await userEvent.click(screen.getByRole('button', { name: 'Go to start' }));
    expect(date()).toHaveTextContent('20 Jan 2025');
  });

  it('makes the mode an explicit choice and says what the date means', async () => {
    const store = renderBar();
    fireEvent.keyDown(slider(), { key: 'Home' });
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    expect(screen.getByText('In force on')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Up to' }));
    expect(store.getState().time.mode).toBe('up-to');
    expect(screen.getByText('Everything up to')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Window' }));
    expect(screen.queryByRole('slider', { name: 'Date' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Window start' })).toBeInTheDocument();
    expect(screen.getByTestId('window-range')).toHaveTextContent('22 Jan 2025 to 20 Feb 2025');
  });

  it('moves the window handles with the keyboard, never past each other', async () => {
    const store = renderBar();
    await userEvent.click(screen.getByRole('radio', { name: 'Window' }));
    const start = screen.getByRole('slider', { name: 'Window start' });
    const end = screen.getByRole('slider', { name: 'Window end' });
    fireEvent.keyDown(start, { key: 'ArrowLeft', shiftKey: true });
    expect(start).toHaveAttribute('aria-valuetext', '5 December 2025');
    fireEvent.keyDown(end, { key: 'Home' });
    expect(end).toHaveAttribute('aria-valuetext', '5 December 2025');
    expect(store.getState().time.windowEnd).toBeGreaterThan(store.getState().time.windowStart);
  });

  it('drags the cursor with the pointer, and the graph follows while dragging', () => {
    const store = renderBar();
    const track = screen.getByTestId('time-track');
    // jsdom has no layout: give the track a width so pointer positions map to days.
    vi.spyOn(track, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1000, 40));
    // The bar opens on the detailed part of the story (from Jan 2025): x = 0 is its first day.
    fireEvent.pointerDown(track, { clientX: 0, button: 0, pointerId: 1 });
    expect(date()).toHaveTextContent('20 Jan 2025');
    fireEvent.pointerMove(track, { clientX: 700, pointerId: 1 });
    const mid = store.getState().time.cursor;
    expect(mid).toBeGreaterThan(t('2025-09-01'));
    expect(store.visibleSnapshot().links.has('decert')).toBe(true);
    fireEvent.pointerUp(track, { pointerId: 1 });
    fireEvent.pointerMove(track, { clientX: 10, pointerId: 1 });
    expect(store.getState().time.cursor).toBe(mid);
  });

  it('shows a month-precise event across its month on the histogram, not on a day', () => {
    renderBar();
    const bars = screen.getByTestId('histogram').querySelectorAll('g[data-count]');
    expect([...bars].map((b) => b.getAttribute('data-count'))).toEqual(['1', '2', '1']);
  });

  it("draws the focus pair's tone, and a selected link's pair instead", () => {
    const store = renderBar();
    expect(screen.getByTestId('tone-pair')).toHaveTextContent('TRUMP – PETRO');
    act(() => store.getState().select({ type: 'link', id: 'office' }));
    expect(screen.getByTestId('tone-pair')).toHaveTextContent('VANCE – US');
  });
});

describe('TimeBar playback', () => {
  // Fake timers drive jsdom's animation frames too, so playback runs on the fake clock.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays and pauses with the button and with Space on the slider', () => {
    const store = renderBar();
    fireEvent.keyDown(slider(), { key: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.playing).toBe(true);
    act(() => vi.advanceTimersByTime(1000));
    expect(store.getState().time.cursor).toBeGreaterThan(t('2025-01-25'));
    fireEvent.keyDown(slider(), { key: ' ' });
    expect(store.getState().playback.playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('changes speed and loops', async () => {
    const store = renderBar();
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '30' } });
    expect(store.getState().playback.speed).toBe(30);
    fireEvent.click(screen.getByRole('button', { name: 'Loop' }));
    expect(screen.getByRole('button', { name: 'Loop' })).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().playback.loop).toBe(true);
  });
});
