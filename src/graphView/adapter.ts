/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type Core } from 'cytoscape';
import { FULL_DETAIL, type DetailLevel } from '../domain/levelOfDetail';
import { createPairAggregator } from '../domain/pairEdges';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import { actorElement, linkElement, pairElement } from './elements';
import type { Positions } from './layout';
import { buildStylesheet } from './stylesheet';

export type GraphSelection = { type: 'actor' | 'link'; id: string } | null;

export interface GraphViewOptions {
  /** The element to draw into; omit for a headless view (tests, layout). */
  container?: HTMLElement;
  story: Story;
  positions: Positions;
  onSelect?: (selection: GraphSelection) => void;
  /** How long entering elements stay highlighted, in ms (0 to switch off). */
  highlightMs?: number;
  /** How much detail to draw (domain/levelOfDetail); full unless given. */
  detail?: DetailLevel;
  /** Draw with Cytoscape's WebGL renderer (3.31+). */
  webgl?: boolean;
}

export interface GraphView {
  reset(snapshot: Snapshot): void;
  applyDiff(diff: GraphDiff): void;
  setSelection(selection: GraphSelection): void;
  fit(padding?: number): void;
  /** PNG of the whole graph as a data URL, at `scale` times the screen's pixel ratio. */
  exportPng(scale?: number): string;
  /** Ids shown now (for tests and exports); with merged pairs, `links` holds the pair edges' ids. */
  shown(): { actors: string[]; links: string[] };
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { story, positions, container, detail = FULL_DETAIL } = options;
  const highlightMs = detail.highlightEntering ? (options.highlightMs ?? 900) : 0;
  const cy: Core = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    ...(container && options.webgl ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
    style: buildStylesheet(detail),
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  let selection: GraphSelection = null;
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  // Large stories draw one weighted edge per pair of actors instead of one per link.
  const pairs = detail.mergePairs ? createPairAggregator(story) : null;

  cy.on('tap', 'node', (e) => options.onSelect?.({ type: 'actor', id: e.target.id() }));
  cy.on('tap', 'edge', (e) =>
    options.onSelect?.({ type: 'link', id: e.target.data('link') ?? e.target.id() }),
  );
  cy.on('tap', (e) => {
    if (e.target === cy) options.onSelect?.(null);
  });

  const add = (actorIds: Iterable<string>, linkIds: Iterable<string>) => {
    const elements = [];
    for (const id of actorIds) {
      const actor = story.actorById.get(id);
      if (actor) elements.push(actorElement(story, actor, positions));
    }
    for (const id of linkIds) {
      const link = story.linkById.get(id);
      if (link) elements.push(linkElement(link));
    }
    return cy.add(elements);
  };

  const elementIdOf = (s: NonNullable<GraphSelection>) =>
    pairs && s.type === 'link' ? (pairs.pairOfLink(s.id) ?? s.id) : s.id;

  const markSelection = () => {
    cy.elements('.selected').removeClass('selected');
    if (selection) cy.getElementById(elementIdOf(selection)).addClass('selected');
  };

  const highlight = (added: cytoscape.CollectionReturnValue) => {
    if (highlightMs <= 0 || added.empty()) return;
    added.addClass('entering');
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => cy.elements('.entering').removeClass('entering'), highlightMs);
  };

  const applyPairDiff = (diff: GraphDiff) => {
    const pairDiff = pairs!.apply(diff);
    cy.batch(() => {
      for (const id of pairDiff.left) cy.getElementById(id).remove();
      for (const id of diff.leftActors) cy.getElementById(id).remove();
      const added = add(diff.enteredActors, []).union(cy.add(pairDiff.entered.map(pairElement)));
      for (const pair of pairDiff.changed) cy.getElementById(pair.id).data(pairElement(pair).data);
      if (selection && added.getElementById(elementIdOf(selection)).nonempty()) markSelection();
    });
  };

  return {
    reset(snapshot) {
      cy.batch(() => {
        cy.elements().remove();
        if (pairs) {
          add(snapshot.actors, []);
          cy.add(pairs.reset(snapshot.links).map(pairElement));
        } else add(snapshot.actors, snapshot.links);
        markSelection();
      });
    },
    applyDiff(diff) {
      let added: cytoscape.CollectionReturnValue | undefined;
      if (pairs) {
        applyPairDiff(diff);
        return;
      }
      cy.batch(() => {
        // Edges before their nodes on the way out, nodes before their edges on the way in.
        for (const id of diff.leftLinks) cy.getElementById(id).remove();
        for (const id of diff.leftActors) cy.getElementById(id).remove();
        added = add(diff.enteredActors, diff.enteredLinks);
        for (const id of diff.changedLinks) {
          const link = story.linkById.get(id);
          const el = cy.getElementById(id);
          if (link && el.nonempty()) el.data(linkElement(link).data);
        }
        if (selection && added.getElementById(selection.id).nonempty()) markSelection();
      });
      if (added) highlight(added);
    },
    setSelection(next) {
      selection = next;
      cy.batch(markSelection);
    },
    fit(padding = 40) {
      cy.fit(undefined, padding);
    },
    exportPng(scale = 2) {
      return cy.png({ full: true, scale, bg: '#ffffff' });
    },
    shown() {
      return { actors: cy.nodes().map((n) => n.id()), links: cy.edges().map((e) => e.id()) };
    },
    destroy() {
      clearTimeout(highlightTimer);
      cy.destroy();
    },
  };
}
