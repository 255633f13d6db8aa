// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../../tests/builders';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { GraphSummary } from '../GraphSummary/GraphSummary';
import { TimeSlider } from './TimeSlider';

const story = makeStory([
  makeLink('office', { from: 'vance', to: 'us', span: ['2025-01-20', null] }),
  makeLink('visa', { from: 'us', to: 'petro', at: '2025-09-26' }),
  makeLink('meeting', { from: 'trump', to: 'petro', at: '2026-02-03', directed: false }),
]);

function renderSlider() {
  const store = createAppStore(story);
  render(
    <StoreProvider store={store}>
      <TimeSlider />
      <GraphSummary />
    </StoreProvider>,
  );
  return store;
}

describe('TimeSlider', () => {
  it('opens at the end of the story', () => {
    renderSlider();
    expect(screen.getByTestId('cursor-date')).toHaveTextContent('3 Feb 2026');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '3 February 2026');
  });

  it('moves the graph to the chosen day', () => {
    const store = renderSlider();
    const slider = screen.getByRole('slider', { name: 'Date' });
    // Day 0 is 20 Jan 2025; 26 Sep 2025 is day 249.
    fireEvent.change(slider, { target: { value: '249' } });
    expect(screen.getByTestId('cursor-date')).toHaveTextContent('26 Sep 2025');
    expect(store.visibleSnapshot().links).toEqual(new Set(['office', 'visa']));
    expect(screen.getByTestId('graph-summary')).toHaveTextContent('3 actors, 2 links shown');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(screen.getByTestId('graph-summary')).toHaveTextContent('2 actors, 1 link shown');
  });

  it('switches what the date shows', async () => {
    const store = renderSlider();
    fireEvent.change(screen.getByRole('slider', { name: 'Date' }), { target: { value: '300' } });
    expect(store.visibleSnapshot().links.has('visa')).toBe(false);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'What the date shows' }), 'up-to');
    expect(store.getState().time.mode).toBe('up-to');
    expect(store.visibleSnapshot().links.has('visa')).toBe(true);
  });
});
