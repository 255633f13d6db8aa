// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../../tests/builders';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { TableView } from './TableView';

const story = makeStory(
  [
    makeLink('visa', { from: 'trump', to: 'petro', kind: 'visa-revocation', tone: -6, at: '2025-09' }),
    makeLink('call', { from: 'trump', to: 'petro', kind: 'phone-call', tone: 5, at: '2026-01-07' }),
    makeLink('meeting', { from: 'trump', to: 'petro', kind: 'meeting', tone: 5, at: '2026-01-20' }),
    makeLink('office', { from: 'cepeda', to: 'colombia', kind: 'office-held', span: ['2025-01', null] }),
    makeLink('old', { from: 'maduro', to: 'venezuela', at: '2020' }),
  ],
  [
    makeActor('trump', { name: 'Donald Trump' }),
    makeActor('petro', { name: 'Gustavo Petro' }),
    makeActor('cepeda', { name: '<i>Iván</i> Cepeda', countryId: 'colombia' }),
    makeActor('colombia', { name: 'Colombia', kind: 'country' }),
    makeActor('maduro', { name: 'Nicolás Maduro' }),
    makeActor('venezuela', { name: 'Venezuela', kind: 'country' }),
  ],
);

function renderTable() {
  const store = createAppStore(story);
  store.getState().setMode('up-to');
  store.getState().setCursor(Date.UTC(2026, 1, 1));
  store.getState().setMode('in-force');
  render(
    <StoreProvider store={store}>
      <TableView />
    </StoreProvider>,
  );
  return store;
}

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((c) => c.textContent);

describe('TableView', () => {
  it('lists the actors on the graph now, most linked first, names as text', () => {
    renderTable();
    expect(firstColumn()).toEqual(['Donald Trump', 'Gustavo Petro', '<i>Iván</i> Cepeda', 'Colombia']);
    expect(screen.getByRole('row', { name: /Cepeda/ })).toHaveTextContent('Colombia');
  });

  it('sorts by a column, and the other way on a second click', async () => {
    renderTable();
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['<i>Iván</i> Cepeda', 'Colombia', 'Donald Trump', 'Gustavo Petro']);
    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    expect(firstColumn()).toEqual(['Gustavo Petro', 'Donald Trump', 'Colombia', '<i>Iván</i> Cepeda']);
  });

  it('lists links in time order and selects one from the keyboard', async () => {
    const store = renderTable();
    await userEvent.click(screen.getByRole('button', { name: 'Links (3)' }));
    expect(firstColumn()).toEqual(['Office held', 'Phone call', 'Meeting']);
    expect(screen.getByRole('row', { name: /Phone call/ })).toHaveTextContent(
      '7 Jan 2026Donald TrumpGustavo Petro+5',
    );
    screen.getByRole('button', { name: 'Phone call' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ type: 'link', id: 'call' });
    expect(screen.getByRole('row', { name: /Phone call/ })).toHaveAttribute('aria-current', 'true');
  });

  it('follows filters: what is hidden is not listed', () => {
    const store = renderTable();
    act(() => store.getState().toggleFilter('actorKind', 'country'));
    expect(screen.queryByRole('row', { name: /Cepeda/ })).not.toBeInTheDocument();
  });
});
