/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type Collection, type Core } from 'cytoscape';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import { actorElement, boxElement, linkElement } from './elements';
import type { Positions } from './layout';
import { buildStylesheet } from './stylesheet';

export type GraphSelection = { type: 'actor' | 'link'; id: string } | null;

/** What is under the pointer, with its position in pixels inside the container. */
export type GraphHover = { type: 'actor' | 'link'; id: string; x: number; y: number } | null;

/** How shown things are set apart: a focused neighbourhood, a path, what a faded filter catches. */
export interface Emphasis {
  readonly focus: { actors: ReadonlySet<string>; links: ReadonlySet<string>; hide: boolean } | null;
  readonly path: { actors: ReadonlySet<string>; links: ReadonlySet<string> } | null;
  /** True for what fails the filter, when the reader chose to fade rather than hide. */
  readonly faded: { actor(id: string): boolean; link(id: string): boolean } | null;
}

export const NO_EMPHASIS: Emphasis = { focus: null, path: null, faded: null };

/** Where actors go, and (for the by-country layout) the box each actor sits in. */
export interface LayoutTarget {
  readonly positions: Positions;
  /** Actor → box id; the same map object means the same grouping. */
  readonly groups: ReadonlyMap<string, string> | null;
  readonly boxLabel?: (boxId: string) => string;
}

export interface GraphViewOptions {
  /** The element to draw into; omit for a headless view (tests, layout). */
  container?: HTMLElement;
  story: Story;
  positions: Positions;
  onSelect?: (selection: GraphSelection) => void;
  onHover?: (hover: GraphHover) => void;
  /** How long entering elements stay highlighted, in ms (0 to switch off). */
  highlightMs?: number;
  /** How long layout and viewport moves take, in ms (0: jump). */
  animationMs?: number;
}

export interface GraphView {
  reset(snapshot: Snapshot): void;
  applyDiff(diff: GraphDiff): void;
  setSelection(selection: GraphSelection): void;
  fit(padding?: number): void;
  setEmphasis(emphasis: Emphasis): void;
  /** Moves actors to a layout's positions (animated), regrouping them into boxes if it changes. */
  setLayout(target: LayoutTarget, options?: { fit?: boolean }): void;
  /** Centres the view on an actor; false when it is not shown. */
  centreOn(actorId: string): boolean;
  /** PNG of the whole graph as a data URL, at `scale` times the screen's pixel ratio. */
  exportPng(scale?: number): string;
  /** Ids shown now (for tests and exports). */
  shown(): { actors: string[]; links: string[] };
  /** Box id → the actors inside it, sorted (for tests). */
  boxes(): Record<string, string[]>;
  /** The emphasis classes on an actor or link (for tests). */
  classesOf(id: string): string[];
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { story, container, highlightMs = 900 } = options;
  const animationMs = container ? (options.animationMs ?? 450) : 0;
  let positions = options.positions;
  let groups: ReadonlyMap<string, string> | null = null;
  let boxLabel = (id: string) => id;
  let emphasis = NO_EMPHASIS;
  let running: cytoscape.Layouts | undefined;
  // Cleared when the reader asks for a place (centreOn) while a layout is still moving.
  let fitWhenArrived = false;
  let layoutMoving = false;
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

  cy.on('tap', 'node', (e) => {
    if (!e.target.hasClass('box')) options.onSelect?.({ type: 'actor', id: e.target.id() });
  });
  cy.on('tap', 'edge', (e) => options.onSelect?.({ type: 'link', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target === cy) options.onSelect?.(null);
  });

  if (options.onHover) {
    const onHover = options.onHover;
    cy.on('mouseover', 'node, edge', (e) => {
      const target = e.target as cytoscape.SingularElementReturnValue;
      if (target.hasClass('box')) return;
      const p = target.isNode()
        ? target.renderedPosition()
        : (target as cytoscape.EdgeSingular).renderedMidpoint();
      onHover({ type: target.isNode() ? 'actor' : 'link', id: target.id(), x: p.x, y: p.y });
    });
    cy.on('mouseout', 'node, edge', () => onHover(null));
    cy.on('viewport grab', () => onHover(null));
    // Time can take away what is under the pointer; its tooltip goes with it.
    cy.on('remove', 'node, edge', (e) => {
      if (e.target.hasClass('hovered')) onHover(null);
    });
    cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hovered'));
    cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hovered'));
  }

  const add = (actorIds: Iterable<string>, linkIds: Iterable<string>, at: Positions = positions) => {
    const elements = [];
    const newBoxes = new Set<string>();
    for (const id of actorIds) {
      const actor = story.actorById.get(id);
      if (!actor) continue;
      const box = groups?.get(id);
      if (box && !newBoxes.has(box) && cy.getElementById(box).empty()) {
        newBoxes.add(box);
        elements.unshift(boxElement(box, boxLabel(box)));
      }
      elements.push(actorElement(story, actor, at, box));
    }
    for (const id of linkIds) {
      const link = story.linkById.get(id);
      if (link) elements.push(linkElement(link));
    }
    return cy.add(elements);
  };

  const removeEmptyBoxes = () => {
    cy.nodes('.box')
      .filter((b) => b.children().empty())
      .remove();
  };

  const EMPHASIS_CLASSES = 'faded focus-out focus-hidden on-path off-path';
  const emphasise = (eles: Collection) => {
    const { focus, path, faded } = emphasis;
    eles.removeClass(EMPHASIS_CLASSES);
    eles.forEach((el) => {
      if (el.hasClass('box')) return;
      const id = el.id();
      const isActor = el.isNode();
      if (faded && (isActor ? faded.actor(id) : faded.link(id))) el.addClass('faded');
      if (focus && !(isActor ? focus.actors : focus.links).has(id)) {
        el.addClass(focus.hide ? 'focus-hidden' : 'focus-out');
      }
      if (path) el.addClass((isActor ? path.actors : path.links).has(id) ? 'on-path' : 'off-path');
    });
    // A box whose members are all hidden by focus goes with them.
    cy.nodes('.box').forEach((b) => {
      const children = b.children();
      const hidden = children.filter('.focus-hidden');
      b.toggleClass('focus-hidden', children.nonempty() && hidden.length === children.length);
    });
  };

  const shown = () => ({
    actors: cy
      .nodes()
      .not('.box')
      .map((n) => n.id()),
    links: cy.edges().map((e) => e.id()),
  });

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
      cy.batch(() => {
        cy.elements().remove();
        add(snapshot.actors, snapshot.links);
        markSelection();
        emphasise(cy.elements());
      });
    },
    applyDiff(diff) {
      let added: cytoscape.CollectionReturnValue | undefined;
      cy.batch(() => {
        // Edges before their nodes on the way out, nodes before their edges on the way in.
        for (const id of diff.leftLinks) cy.getElementById(id).remove();
        for (const id of diff.leftActors) cy.getElementById(id).remove();
        removeEmptyBoxes();
        added = add(diff.enteredActors, diff.enteredLinks);
        emphasise(added);
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
    setEmphasis(next) {
      emphasis = next;
      cy.batch(() => emphasise(cy.elements()));
    },
    setLayout(target, { fit = true } = {}) {
      positions = target.positions;
      if (target.boxLabel) boxLabel = target.boxLabel;
      if (target.groups !== groups) {
        // Boxes are parents, and a node's parent is fixed when it is added: rebuild in place.
        groups = target.groups;
        const here = new Map<string, { x: number; y: number }>();
        cy.nodes().forEach((n) => {
          if (!n.hasClass('box')) here.set(n.id(), { ...n.position() });
        });
        const { actors, links } = shown();
        cy.batch(() => {
          cy.elements().remove();
          add(actors, links, here);
          markSelection();
          emphasise(cy.elements());
        });
      }
      running?.stop();
      fitWhenArrived = fit;
      layoutMoving = animationMs > 0;
      running = cy.layout({
        name: 'preset',
        eles: cy.nodes().not('.box'),
        positions: (n: cytoscape.NodeSingular) => positions.get(n.id()) ?? false,
        animate: animationMs > 0,
        animationDuration: animationMs,
        animationEasing: 'ease-in-out-cubic',
        fit,
        // Room for the overlays at the top of the canvas (layout switcher, legend).
        padding: 50,
        // The preset fit sees actors only; once they have arrived, fit again around boxes and labels.
        stop: () => {
          layoutMoving = false;
          if (fitWhenArrived && animationMs > 0 && !cy.destroyed()) {
            cy.animate(
              { fit: { eles: cy.elements(':visible'), padding: 50 } },
              { duration: animationMs / 2 },
            );
          }
        },
      } as cytoscape.LayoutOptions);
      running.run();
    },
    centreOn(actorId) {
      const node = cy.getElementById(actorId);
      if (node.empty() || node.hasClass('focus-hidden')) return false;
      const zoom = Math.max(cy.zoom(), 1);
      fitWhenArrived = false;
      // While a layout moves the actor, aim at where it is going, not where it is.
      const at = (layoutMoving && positions.get(actorId)) || node.position();
      const pan = { x: cy.width() / 2 - zoom * at.x, y: cy.height() / 2 - zoom * at.y };
      if (animationMs > 0) {
        cy.stop();
        cy.animate({ pan, zoom }, { duration: animationMs });
      } else {
        cy.viewport({ zoom, pan });
      }
      return true;
    },
    exportPng(scale = 2) {
      return cy.png({ full: true, scale, bg: '#ffffff' });
    },
    shown() {
      return shown();
    },
    boxes() {
      const out: Record<string, string[]> = {};
      cy.nodes('.box').forEach((b) => {
        out[b.id()] = b
          .children()
          .map((c) => c.id())
          .sort();
      });
      return out;
    },
    classesOf(id) {
      const el = cy.getElementById(id);
      return EMPHASIS_CLASSES.split(' ').filter((c) => el.hasClass(c));
    },
    destroy() {
      clearTimeout(highlightTimer);
      running?.stop();
      cy.destroy();
    },
  };
}
