// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, testSource } from '../../../tests/builders';
import { partialDate } from '../../domain/dates';
import { createStory } from '../../domain/story';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { DetailsPanel } from './DetailsPanel';

const withUrl = {
  id: 'reuters',
  outlet: 'Reuters',
  title: 'Trump and Petro meet',
  authors: ['Bo Erickson', 'Gram Slattery'],
  published: partialDate('2026-02-03'),
  url: 'https://www.reuters.com/world/x',
};
const story = createStory({
  id: 't',
  title: 'T',
  description: 'd',
  sources: [testSource, withUrl],
  actors: [
    makeActor('trump', { name: 'Donald Trump', countryId: 'us' }),
    makeActor('petro', {
      name: 'Gustavo Petro',
      description: 'President of <b>Colombia</b>',
      aliases: ['Petro'],
    }),
    makeActor('us', { name: 'United States', kind: 'country' }),
  ],
  links: [
    makeLink('office', {
      from: 'trump',
      to: 'us',
      kind: 'office-held',
      span: ['2025-01', null],
      description: 'President.',
    }),
    makeLink('visa', {
      from: 'trump',
      to: 'petro',
      kind: 'visa-revocation',
      tone: -6,
      at: '2025-09',
      description: 'Revoked the visa.',
      sourceIds: ['s1', 'reuters'],
      quotes: [{ text: 'We will revoke it', speakerId: 'trump', sourceId: 'reuters' }],
    }),
    makeLink('call', {
      from: 'trump',
      to: 'petro',
      kind: 'phone-call',
      directed: false,
      at: '2026-01-07',
      tone: 5,
    }),
  ],
});

function renderPanel() {
  const store = createAppStore(story);
  render(
    <StoreProvider store={store}>
      <DetailsPanel />
    </StoreProvider>,
  );
  return store;
}

describe('DetailsPanel', () => {
  it('invites a selection when nothing is selected', () => {
    renderPanel();
    expect(screen.getByText(/Select an actor or a link/)).toBeInTheDocument();
  });

  it('shows an actor with its offices and its links in time order, data as text', async () => {
    const store = renderPanel();
    store.getState().select({ type: 'actor', id: 'trump' });
    expect(await screen.findByRole('heading', { name: 'Donald Trump' })).toBeInTheDocument();
    expect(screen.getByText('Offices held').nextElementSibling).toHaveTextContent(
      /United States\s*Jan 2025 – ongoing\s*President\./,
    );
    const links = screen.getAllByRole('listitem').filter((li) => li.closest('.details__links'));
    expect(links.map((li) => li.querySelector('.details__date')?.textContent)).toEqual([
      'Jan 2025 – ongoing',
      'Sep 2025',
      '7 Jan 2026',
    ]);
    store.getState().select({ type: 'actor', id: 'petro' });
    expect(await screen.findByText('President of <b>Colombia</b>')).toBeInTheDocument();
  });

  it('shows a link with direction, date at its precision, quotes and full sources', async () => {
    const store = renderPanel();
    store.getState().select({ type: 'link', id: 'visa' });
    expect(await screen.findByRole('heading', { name: 'Visa revocation' })).toBeInTheDocument();
    expect(screen.getByText('Donald Trump acts on Gustavo Petro')).toBeInTheDocument();
    expect(screen.getByText('Sep 2025')).toBeInTheDocument();
    expect(screen.getByText('“We will revoke it”')).toBeInTheDocument();
    expect(screen.getByText(/— Donald Trump/)).toHaveTextContent('— Donald Trump, in Reuters');
    const link = screen.getByRole('link', { name: /^Trump and Petro meet ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://www.reuters.com/world/x');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText(/by Bo Erickson, Gram Slattery, 3 Feb 2026/)).toBeInTheDocument();
    // A source without an address is cited without a link.
    expect(screen.getByText('A test article').closest('a')).toBeNull();
  });

  it('says a mutual link has no direction, and moves to an actor on click', async () => {
    const store = renderPanel();
    store.getState().select({ type: 'link', id: 'call' });
    expect(await screen.findByText('Mutual (no direction)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gustavo Petro' }));
    expect(store.getState().selection).toEqual({ type: 'actor', id: 'petro' });
  });

  it('keeps keyboard focus in the panel: a choice made in it focuses the new heading', async () => {
    const store = renderPanel();
    store.getState().select({ type: 'actor', id: 'trump' });
    const visa = await screen.findByRole('button', { name: 'Visa revocation' });
    visa.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Visa revocation' })).toHaveFocus();
  });

  it('leaves focus alone when the selection changes from elsewhere', async () => {
    const store = renderPanel();
    act(() => store.getState().select({ type: 'actor', id: 'trump' }));
    expect(await screen.findByRole('heading', { name: 'Donald Trump' })).not.toHaveFocus();
  });
});
