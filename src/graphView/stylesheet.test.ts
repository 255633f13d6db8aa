import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { DENSE_DETAIL, FULL_DETAIL } from '../domain/levelOfDetail';
import { createPairAggregator } from '../domain/pairEdges';
import { pairLanes } from '../domain/pairLanes';
import { actorElement, linkElement, pairElement } from './elements';
import { buildStylesheet } from './stylesheet';

const story = makeStory([
  makeLink('one', { from: 'a', to: 'b', at: '2025-01' }),
  makeLink('two', { from: 'b', to: 'a', at: '2025-02' }),
]);
const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
]);

// Cytoscape warns (on every redraw, which is slow) when a mapping's data field is missing.
function warningsFor(elements: cytoscape.ElementDefinition[], detail: typeof FULL_DETAIL) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(detail), elements });
  cy.elements().forEach((el) => void el.style());
  cy.destroy();
  return warn.mock.calls.map((c) => String(c[0]));
}

describe('buildStylesheet', () => {
  const actors = story.actors.map((a) => actorElement(story, a, positions));

  it('styles story links in their lanes without warnings', () => {
    const lanes = pairLanes(story);
    const links = story.links.map((l) => linkElement(l, lanes.get(l.id)));
    expect(warningsFor([...actors, ...links], FULL_DETAIL)).toEqual([]);
  });

  it('styles merged pair edges of large stories without warnings', () => {
    const pairs = createPairAggregator(story).reset(['one', 'two']).map(pairElement);
    expect(warningsFor([...actors, ...pairs], DENSE_DETAIL)).toEqual([]);
  });
});
