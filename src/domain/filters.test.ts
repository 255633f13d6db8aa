import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { partialDate } from './dates';
import {
  facetCounts,
  filterPredicates,
  isFiltering,
  linkPassesFilters,
  NO_FILTERS,
  toggleFilterValue,
  type Filters,
} from './filters';
import { createVisibleGraph } from './visibleGraph';

const story = makeStory(
  [
    makeLink('call', { from: 'trump', to: 'petro', kind: 'phone-call', tone: 5, sourceIds: ['reuters'] }),
    makeLink('sanction', {
      from: 'treasury',
      to: 'petro',
      kind: 'sanction',
      tone: -8,
      sourceIds: ['reuters', 'nasser'],
    }),
    makeLink('office', {
      from: 'petro',
      to: 'colombia',
      kind: 'office-held',
      tone: 0,
      sourceIds: ['nasser'],
    }),
  ],
  [
    makeActor('trump'),
    makeActor('petro'),
    makeActor('treasury', { kind: 'government' }),
    makeActor('colombia', { kind: 'country' }),
  ],
);
const with_ = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const passing = (f: Filters) => story.links.filter(linkPassesFilters(story, f)).map((l) => l.id);
const time = { mode: 'up-to' as const, cursor: partialDate('2026').start, windowStart: 0, windowEnd: 0 };

describe('filters', () => {
  it('shows everything when nothing is switched off', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(passing(NO_FILTERS)).toEqual(['call', 'sanction', 'office']);
  });

  it('hides links of a switched-off kind or tone band', () => {
    expect(passing(with_({ linkKind: ['sanction'] }))).toEqual(['call', 'office']);
    expect(passing(with_({ tone: ['hostile', 'neutral'] }))).toEqual(['call']);
  });

  it('hides a link only when every source reporting it is switched off', () => {
    expect(passing(with_({ source: ['reuters'] }))).toEqual(['sanction', 'office']);
    expect(passing(with_({ source: ['reuters', 'nasser'] }))).toEqual([]);
  });

  it('hides the links of a switched-off actor kind', () => {
    expect(passing(with_({ actorKind: ['country'] }))).toEqual(['call', 'sanction']);
    expect(filterPredicates(with_({ actorKind: ['country'] })).actor(story.actorById.get('colombia')!)).toBe(
      false,
    );
  });

  it('toggles a value off and back on', () => {
    const off = toggleFilterValue(NO_FILTERS, 'tone', 'hostile');
    expect(off.tone).toEqual(['hostile']);
    expect(isFiltering(off)).toBe(true);
    expect(toggleFilterValue(off, 'tone', 'hostile')).toEqual(NO_FILTERS);
  });

  it('counts actors by kind and links by kind, tone and source', () => {
    const c = facetCounts(story, ['call', 'sanction'], ['trump', 'petro', 'treasury']);
    expect(c.actorKind).toEqual(
      new Map([
        ['person', 2],
        ['government', 1],
      ]),
    );
    expect(c.linkKind).toEqual(
      new Map([
        ['phone-call', 1],
        ['sanction', 1],
      ]),
    );
    expect(c.tone).toEqual(
      new Map([
        ['cooperative', 1],
        ['hostile', 1],
      ]),
    );
    expect(c.source).toEqual(
      new Map([
        ['reuters', 2],
        ['nasser', 1],
      ]),
    );
  });
});

describe('the visible graph with an actor filter', () => {
  it('removes the actors of a hidden kind with their links, and keeps the diff exact', () => {
    const g = createVisibleGraph(story, time);
    const p = filterPredicates(with_({ actorKind: ['government'] }));
    const d = g.setFilter(p.link, p.actor);
    expect(d.leftLinks).toEqual(['sanction']);
    expect(d.leftActors).toEqual(['treasury']);
    expect(g.hasActor('petro')).toBe(true);
    expect(g.timeSnapshot().links.has('sanction')).toBe(true);
    const back = g.setFilter(() => true);
    expect(back.enteredLinks).toEqual(['sanction']);
    expect(back.enteredActors).toEqual(['treasury']);
  });
});
