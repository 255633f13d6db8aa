// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeLink, makeStory } from '../../../tests/builders';
import { createAppStore } from '../../store/appStore';
import { StoreProvider } from '../../store/StoreContext';
import { ProblemsBanner } from './ProblemsBanner';

describe('ProblemsBanner', () => {
  it('lists the problems, and on Dismiss gives focus back to where it was when they came', async () => {
    const store = createAppStore(makeStory([makeLink('l', { at: '2025' })]));
    render(
      <StoreProvider store={store}>
        <button type="button">Open story…</button>
        <ProblemsBanner />
      </StoreProvider>,
    );
    const opener = screen.getByRole('button', { name: 'Open story…' });
    opener.focus();
    act(() => store.getState().reportLoadProblems('bad.json', [{ where: 'links[0]', message: 'broken' }]));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not open bad.json: 1 problem');
    screen.getByRole('button', { name: 'Dismiss' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
