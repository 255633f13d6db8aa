/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type CollectionReturnValue, type Core } from 'cytoscape';
import { fadeStep } from '../domain/fade';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import { actorElement, linkElement } from './elements';
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
  /** How long leaving elements take to fade out, in ms (0: removed at once; headless default 0). */
  leaveMs?: number;
}

export interface GraphView {
  reset(snapshot: Snapshot): void;
  applyDiff(diff: GraphDiff): void;
  setSelection(selection: GraphSelection): void;
  /**
   * Fades the one-off links shown by how long ago they happened at `instant` (they linger for
   * `linger` ms; 0 switches fading off). Only links whose fade step changed are touched.
   */
  ageLinks(instant: number, linger: number): void;
  fit(padding?: number): void;
  /** PNG of the whole graph as a data URL, at `scale` times the screen's pixel ratio. */
  exportPng(scale?: number): string;
  /** Ids shown now (for tests and exports). */
  shown(): { actors: string[]; links: string[] };
  /** What is marked as changing now: entering, fading out, and the fade step of aged links (for tests). */
  marks(): { entering: string[]; leaving: string[]; fadeSteps: Record<string, number> };
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { story, positions, container, highlightMs = 900 } = options;
  const leaveMs = options.leaveMs ?? (container ? 450 : 0);
  const cy: Core = cytoscape({
    ...(container ? { container } : { headless: true, styleEnabled: true }),
    style: buildStylesheet(),
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  let selection: GraphSelection = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  // The fade step of each one-off link in the view, and the clock it was computed at.
  const ages = new Map<string, number>();
  let clock = { instant: 0, linger: 0 };

  cy.on('tap', 'node', (e) => options.onSelect?.({ type: 'actor', id: e.target.id() }));
  cy.on('tap', 'edge', (e) => options.onSelect?.({ type: 'link', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) options.onSelect?.(null);
  });

  // Adds elements, or brings back ones still fading out (Cytoscape would drop a duplicate id).
  const add = (actorIds: Iterable<string>, linkIds: Iterable<string>) => {
    const elements = [];
    let revived = cy.collection();
    const bringBack = (id: string) => {
      const el = cy.getElementById(id);
      if (el.empty()) return false;
      if (el.hasClass('leaving')) {
        el.stop(true, false).removeStyle('opacity').removeClass('leaving');
        revived = revived.union(el);
      }
      return true;
    };
    for (const id of actorIds) {
      const actor = story.actorById.get(id);
      if (actor && !bringBack(id)) elements.push(actorElement(story, actor, positions));
    }
    for (const id of linkIds) {
      const link = story.linkById.get(id);
      if (!link) continue;
      if (link.time.type === 'moment') ages.set(id, -1);
      if (!bringBack(id)) elements.push(linkElement(link));
    }
    const added = cy.add(elements).union(revived);
    added.edges().forEach((el) => age(el.id()));
    return added;
  };

  const remove = (ids: Iterable<string>) => {
    let leaving = cy.collection();
    for (const id of ids) {
      ages.delete(id);
      const el = cy.getElementById(id);
      if (el.nonempty() && !el.hasClass('leaving')) leaving = leaving.union(el);
    }
    if (leaveMs <= 0) {
      leaving.remove();
      return;
    }
    leaving.removeClass('entering').addClass('leaving');
    leaving.forEach((el) => {
      el.animate(
        { style: { opacity: 0 } },
        // Only if it did not come back meanwhile.
        { duration: leaveMs, complete: () => void (el.hasClass('leaving') && el.remove()) },
      );
    });
  };

  const age = (id: string) => {
    const link = story.linkById.get(id);
    if (!link || !ages.has(id)) return;
    const step = fadeStep(link.end, clock.instant, clock.linger);
    if (ages.get(id) === step) return;
    ages.set(id, step);
    cy.getElementById(id).data('age', step);
  };

  const markSelection = () => {
    cy.elements('.selected').removeClass('selected');
    if (selection) cy.getElementById(selection.id).addClass('selected');
  };

  const highlight = (added: CollectionReturnValue) => {
    if (highlightMs <= 0 || added.empty()) return;
    added.addClass('entering');
    later(highlightMs, () => added.removeClass('entering'));
  };

  return {
    reset(snapshot) {
      cy.batch(() => {
        cy.elements().stop(true, false);
        cy.elements().remove();
        ages.clear();
        add(snapshot.actors, snapshot.links);
        markSelection();
      });
    },
    applyDiff(diff) {
      let added: CollectionReturnValue | undefined;
      cy.batch(() => {
        // Edges before their nodes on the way out, nodes before their edges on the way in.
        remove(diff.leftLinks);
        remove(diff.leftActors);
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
    ageLinks(instant, linger) {
      clock = { instant, linger };
      if (ages.size === 0) return;
      cy.batch(() => {
        for (const id of ages.keys()) age(id);
      });
    },
    fit(padding = 40) {
      cy.fit(undefined, padding);
    },
    exportPng(scale = 2) {
      return cy.png({ full: true, scale, bg: '#ffffff' });
    },
    shown() {
      const shown = cy.elements().not('.leaving');
      return { actors: shown.nodes().map((n) => n.id()), links: shown.edges().map((e) => e.id()) };
    },
    marks() {
      const ids = (selector: string) => cy.elements(selector).map((el) => el.id());
      const fadeSteps: Record<string, number> = {};
      cy.edges('[age >= 0]').forEach((el) => void (fadeSteps[el.id()] = el.data('age') as number));
      return { entering: ids('.entering'), leaving: ids('.leaving'), fadeSteps };
    },
    destroy() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      cy.destroy();
    },
  };
}
