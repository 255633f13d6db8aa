import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { describeBriefly, describeTime, formatLinkTime } from './linkText';

const story = makeStory(
  [
    makeLink('visa', { from: 'trump', to: 'petro', kind: 'visa-revocation', at: '2025-09' }),
    makeLink('sanction', { from: 'trump', to: 'petro', kind: 'sanction', span: ['2025-10-24', null] }),
    makeLink('meeting', {
      from: 'trump',
      to: 'petro',
      directed: false,
      status: 'planned',
      span: ['2026-02-03T11:00-05:00', '2026-02-03T13:00-05:00'],
    }),
  ],
  [makeActor('trump', { name: 'Donald Trump' }), makeActor('petro', { name: 'Gustavo Petro' })],
);

describe('formatLinkTime', () => {
  it('keeps the precision the sources give', () => {
    expect(formatLinkTime(story.linkById.get('visa')!)).toBe('Sep 2025');
    expect(formatLinkTime(story.linkById.get('sanction')!)).toBe('24 Oct 2025 – ongoing');
    expect(formatLinkTime(story.linkById.get('meeting')!)).toBe(
      '3 Feb 2026, 11:00 (UTC−05:00) – 3 Feb 2026, 13:00 (UTC−05:00)',
    );
  });
});

describe('describeBriefly', () => {
  it('says who, what kind and when in one line', () => {
    expect(describeBriefly(story, { type: 'actor', id: 'petro' })).toBe('Gustavo Petro · Person');
    expect(describeBriefly(story, { type: 'link', id: 'visa' })).toBe(
      'Visa revocation · Donald Trump → Gustavo Petro · Sep 2025',
    );
    expect(describeBriefly(story, { type: 'link', id: 'meeting' })).toContain(
      'Meeting (planned) · Donald Trump and Gustavo Petro',
    );
  });
});

describe('describeTime', () => {
  it('says what the date means in each mode', () => {
    const t = {
      cursor: Date.UTC(2026, 1, 3),
      windowStart: Date.UTC(2025, 8, 1),
      windowEnd: Date.UTC(2025, 9, 1),
    };
    expect(describeTime({ ...t, mode: 'in-force' })).toBe('on 3 Feb 2026');
    expect(describeTime({ ...t, mode: 'up-to' })).toBe('up to 3 Feb 2026');
    expect(describeTime({ ...t, mode: 'window' })).toBe('between 1 Sep 2025 and 1 Oct 2025');
  });
});
