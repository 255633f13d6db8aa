/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type CollectionReturnValue, type Core } from 'cytoscape';
import { fadeStep } from '../domain/fade';
import { pairLanes } from '../domain/pairLanes';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import { actorElement, linkElement } from './elements';
import type { Positions } from './layout';
import { buildStylesheet } from './stylesheet';
import { composePng, composeSvg, type ImageCaption } from './exportImage';

export type GraphSelection = { type: 'actor' | 'link'; id: string } | null;

/** The part of the graph in view: its centre and size in layout units (independent of screen size). */
export interface GraphViewport {
  x: number;
  y: number;
  w: number;
  h: number;
}

declare module 'cytoscape' {
  interface Core {
    /** Added by cytoscape-svg (loaded on first SVG export). */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

/** Longest side of an exported PNG, in pixels: sharp on high-density screens, within canvas limits. */
const MAX_PNG_SIDE = 8192;

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
  /** Called (at most every ~150 ms) after the person pans or zooms; not for programmatic moves. */
  onViewportChange?: (viewport: GraphViewport) => void;
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
  getViewport(): GraphViewport;
  /** Shows at least the given part of the graph, centred, whatever the canvas size. */
  setViewport(viewport: GraphViewport): void;
  /** PNG of what is in view with a caption under it, at `scale` (≥ 2) times CSS pixels. */
  exportPng(caption: ImageCaption, scale?: number): Promise<Blob>;
  /** SVG of what is in view with the same caption. */
  exportSvg(caption: ImageCaption): Promise<string>;
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
  const lanes = pairLanes(story);
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

  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  const round = (n: number) => Math.round(n * 100) / 100;
  const getViewport = (): GraphViewport => {
    const e = cy.extent();
    return { x: round(e.x1 + e.w / 2), y: round(e.y1 + e.h / 2), w: round(e.w), h: round(e.h) };
  };
  // Only gestures count: fit() and setViewport() must not echo back as if the person had moved.
  cy.on('dragpan pinchzoom scrollzoom', () => {
    if (!options.onViewportChange) return;
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => options.onViewportChange?.(getViewport()), 150);
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
      if (!bringBack(id)) elements.push(linkElement(link, lanes.get(id)));
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
          if (link && el.nonempty()) el.data(linkElement(link, lanes.get(id)).data);
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
    getViewport,
    setViewport(v) {
      const width = cy.width();
      const height = cy.height();
      if (!(width > 0 && height > 0 && v.w > 0 && v.h > 0)) return;
      const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(width / v.w, height / v.h)));
      cy.viewport({ zoom, pan: { x: width / 2 - v.x * zoom, y: height / 2 - v.y * zoom } });
    },
    async exportPng(caption, scale = Math.max(2, window.devicePixelRatio || 1)) {
      // cy.png multiplies `scale` by the screen's pixel ratio itself.
      const ratio = window.devicePixelRatio || 1;
      const side = Math.max(cy.width(), cy.height()) * ratio;
      const factor = Math.min(scale / ratio, MAX_PNG_SIDE / Math.max(1, side));
      const graph = await cy.png({ output: 'blob-promise', full: false, scale: factor, bg: '#ffffff' });
      return composePng(graph, caption, factor * ratio);
    },
    async exportSvg(caption) {
      await registerSvg();
      const svg = cy.svg({ full: false, scale: 1, bg: '#ffffff' });
      return composeSvg(svg, caption, window.devicePixelRatio || 1);
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
      clearTimeout(viewportTimer);
      cy.destroy();
    },
  };
}

let svgRegistered: Promise<void> | undefined;
/** cytoscape-svg touches `window` when imported, so it is loaded only when an SVG is asked for. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}
