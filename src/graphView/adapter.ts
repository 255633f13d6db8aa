/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type Core } from 'cytoscape';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import { actorElement, linkElement } from './elements';
import { composePng, composeSvg, type ImageCaption } from './exportImage';
import type { Positions } from './layout';
import { buildStylesheet } from './stylesheet';

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
  /** Called (at most every ~150 ms) after the person pans or zooms; not for programmatic moves. */
  onViewportChange?: (viewport: GraphViewport) => void;
}

export interface GraphView {
  reset(snapshot: Snapshot): void;
  applyDiff(diff: GraphDiff): void;
  setSelection(selection: GraphSelection): void;
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
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { story, positions, container, highlightMs = 900 } = options;
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
  let highlightTimer: ReturnType<typeof setTimeout> | undefined;

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

  // Cytoscape bends parallel links by the order their links and actors were added, so the same
  // view reached by different histories of diffs would be drawn differently. Once time stops
  // moving, the elements are put back in story order, so a shared view reproduces its picture.
  const actorOrder = new Map(story.actors.map((a, i) => [a.id, i]));
  const linkOrder = new Map(story.links.map((l, i) => [l.id, i]));
  const inOrder = (order: Map<string, number>) => (a: string, b: string) =>
    (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const isSorted = (ids: string[], order: Map<string, number>) =>
    ids.every((id, i) => i === 0 || (order.get(ids[i - 1]!) ?? 0) <= (order.get(id) ?? 0));
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let unsettled = false;
  const redrawInStoryOrder = (actorIds: string[], linkIds: string[]) => {
    cy.batch(() => {
      cy.elements().remove();
      add(actorIds.sort(inOrder(actorOrder)), linkIds.sort(inOrder(linkOrder)));
      markSelection();
    });
  };
  const settle = () => {
    unsettled = false;
    const actorIds = cy.nodes().map((n) => n.id());
    const linkIds = cy.edges().map((e) => e.id());
    if (!isSorted(actorIds, actorOrder) || !isSorted(linkIds, linkOrder))
      redrawInStoryOrder(actorIds, linkIds);
  };

  const markSelection = () => {
    cy.elements('.selected').removeClass('selected');
    if (selection) cy.getElementById(selection.id).addClass('selected');
  };

  const highlight = (added: cytoscape.CollectionReturnValue) => {
    if (highlightMs <= 0 || added.empty()) return;
    added.addClass('entering');
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => cy.elements('.entering').removeClass('entering'), highlightMs);
  };

  return {
    reset(snapshot) {
      clearTimeout(settleTimer);
      unsettled = false;
      redrawInStoryOrder([...snapshot.actors], [...snapshot.links]);
    },
    applyDiff(diff) {
      let added: cytoscape.CollectionReturnValue | undefined;
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
      // After the entering highlight, which a redraw would cut short.
      // Out of order only once something was added; removals keep the order.
      unsettled ||= Boolean(added?.nonempty());
      clearTimeout(settleTimer);
      if (unsettled) settleTimer = setTimeout(settle, Math.max(0, highlightMs) + 100);
    },
    setSelection(next) {
      selection = next;
      cy.batch(markSelection);
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
      return { actors: cy.nodes().map((n) => n.id()), links: cy.edges().map((e) => e.id()) };
    },
    destroy() {
      clearTimeout(highlightTimer);
      clearTimeout(viewportTimer);
      clearTimeout(settleTimer);
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
