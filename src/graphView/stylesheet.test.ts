import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { makeLink, makeStory } from '../../tests/builders';
import { DENSE_DETAIL, FULL_DETAIL } from '../domain/levelOfDetail';
import { pairLanes } from '../domain/pairLanes';
import { actorElement, linkElement } from './elements';
import { buildStylesheet, labelZoom } from './stylesheet';

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

  it('styles a large story (its pair edges are drawn apart, see pairLooks) without warnings', () => {
    expect(warningsFor(actors, DENSE_DETAIL)).toEqual([]);
  });

  it('leaves actor labels out below the zoom at which the smallest allowed font would show', () => {
    expect(DENSE_DETAIL.minLabelPx / labelZoom(DENSE_DETAIL)).toBeGreaterThan(15);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: actors });
    cy.style(buildStylesheet(DENSE_DETAIL, { labels: false }));
    expect(cy.nodes().map((n) => n.style('label'))).toEqual(['', '']);
    cy.style(buildStylesheet(DENSE_DETAIL));
    expect(
      cy
        .nodes()
        .map((n) => n.style('label'))
        .sort(),
    ).toEqual(['A', 'B']);
    cy.destroy();
  });
});
