/**
 * The Cytoscape adapter: a plain object made once per canvas. React creates it, feeds it diffs and
 * destroys it; all Cytoscape calls live here. Only what is visible is inside Cytoscape: a diff adds
 * and removes just the changed elements, in one batch (hiding with display:none redraws slower).
 */
import cytoscape, { type Collection, type CollectionReturnValue, type Core } from 'cytoscape';
import { fadeStep } from '../domain/fade';
import { lingers } from '../domain/timeModes';
import { FULL_DETAIL, type DetailLevel } from '../domain/levelOfDetail';
import { createPairAggregator, type PairEdge } from '../domain/pairEdges';
import { pairLanes } from '../domain/pairLanes';
import type { GraphDiff, Snapshot } from '../domain/timeline';
import type { Story } from '../domain/types';
import type { ActorKind } from '../domain/vocabulary';
import { createActorBatcher } from './actorLooks';
import { actorElement, boxElement, linkElement } from './elements';
import type { Positions } from './layout';
import { buildStylesheet, DIM_CLASSES, labelZoom } from './stylesheet';
import { canvasMeasure, composePng, composeSvg, type ImageCaption } from './exportImage';
import { canvasSink, traceShape } from './shapes';
import { graphToSvg } from './svgExport';
import type { Underlay, UnderlayFactory } from './underlay';
import {
  edgeAt,
  NO_MARKS,
  pairLook,
  strokesOf,
  type EdgeLook,
  type PairMarks,
  type Point,
  type Stroke,
} from './pairLooks';

export type GraphSelection = { type: 'actor' | 'link'; id: string } | null;

/** The part of the graph in view: its centre and size in layout units (independent of screen size). */
export interface GraphViewport {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Longest side of an exported PNG, in pixels: sharp on high-density screens, within canvas limits. */
const MAX_PNG_SIDE = 8192;

/**
 * What is under the pointer, with its position in pixels inside the container. A merged pair edge
 * (large stories) is reported as its latest link, with how many links it stands for.
 */
export type GraphHover = { type: 'actor' | 'link'; id: string; x: number; y: number; count?: number } | null;

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
  /** How long leaving elements take to fade out, in ms (0: removed at once; headless default 0). */
  leaveMs?: number;
  /** Called (at most every ~150 ms) after the person pans or zooms; not for programmatic moves. */
  onViewportChange?: (viewport: GraphViewport) => void;
  /** How much detail to draw (domain/levelOfDetail); full unless given. */
  detail?: DetailLevel;
  /** How long layout and viewport moves take, in ms (0: jump). */
  animationMs?: number;
  /**
   * Draws merged pair edges under the actors, and the actors when seen whole (large stories; see
   * pairLooks.ts, actorLooks.ts and underlay.ts). Without it (headless tests) they are kept and
   * reported but not drawn.
   */
  underlay?: UnderlayFactory;
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
  /** Ids shown now (for tests and exports); with merged pairs, `links` holds the pair edges' ids. */
  shown(): { actors: string[]; links: string[] };
  /** What is marked as changing now: entering, fading out, and the fade step of aged links (for tests). */
  marks(): { entering: string[]; leaving: string[]; fadeSteps: Record<string, number> };
  setEmphasis(emphasis: Emphasis): void;
  /** Moves actors to a layout's positions (animated), regrouping them into boxes if it changes. */
  setLayout(target: LayoutTarget, options?: { fit?: boolean }): void;
  /** Centres the view on an actor; false when it is not shown. */
  centreOn(actorId: string): boolean;
  /** Box id → the actors inside it, sorted (for tests). */
  boxes(): Record<string, string[]>;
  /** The emphasis classes on an actor or link (for tests). */
  classesOf(id: string): string[];
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
  const { story, container, detail = FULL_DETAIL } = options;
  const highlightMs = detail.highlightEntering ? (options.highlightMs ?? 900) : 0;
  const leaveMs = options.leaveMs ?? (container ? 450 : 0);
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
    // Large stories start without labels: the first fit decides (below).
    style: buildStylesheet(detail, { labels: !detail.mergePairs }),
    layout: { name: 'preset' },
    minZoom: 0.15,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  // Large stories: actor labels only from the zoom at which they can be drawn (stylesheet.labelZoom).
  // Below it, Nexo draws the actors itself (actorLooks.ts).
  let labels = !detail.mergePairs;
  if (detail.mergePairs) {
    cy.on('zoom', () => {
      const wanted = cy.zoom() >= labelZoom(detail);
      if (wanted === labels) return;
      labels = wanted;
      cy.style(buildStylesheet(detail, { labels }));
    });
  }
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

  cy.on('tap', 'node', (e) => {
    if (!e.target.hasClass('box')) options.onSelect?.({ type: 'actor', id: e.target.id() });
  });
  // Large stories draw one weighted edge per pair of actors instead of one per link, and draw those
  // themselves under the actors rather than as Cytoscape edges (pairLooks.ts says why).
  const pairs = detail.mergePairs ? createPairAggregator(story) : null;
  const pairShown = new Map<string, PairEdge>();
  // The look of each shown pair that is drawn (focus may hide some), kept up to date by the diffs;
  // emphasis and selection redo all.
  const lookById = new Map<string, EdgeLook>();

  // The classes a Cytoscape edge would carry: faded if all its links are, in focus or on the path if any is.
  const pairClasses = (pair: PairEdge): string[] => {
    const { focus, path, faded } = emphasis;
    if (!focus && !path && !faded) return [];
    const links = pairs!.linksOf(pair.id);
    const some = (test: (id: string) => boolean) => {
      for (const id of links) if (test(id)) return true;
      return false;
    };
    const out: string[] = [];
    if (faded && !some((id) => !faded.link(id))) out.push('faded');
    if (focus && !some((id) => focus.links.has(id))) out.push(focus.hide ? 'focus-hidden' : 'focus-out');
    if (path) out.push(some((id) => path.links.has(id)) ? 'on-path' : 'off-path');
    return out;
  };
  const selectedPair = () => (selection?.type === 'link' ? pairs?.pairOfLink(selection.id) : undefined);
  const pairMarks = (pair: PairEdge, selected: string | undefined): PairMarks => {
    const classes = pairClasses(pair);
    if (classes.length === 0 && selected !== pair.id) return NO_MARKS;
    return {
      dim: classes.some((c) => (DIM_CLASSES as readonly string[]).includes(c)),
      hidden: classes.includes('focus-hidden'),
      onPath: classes.includes('on-path'),
      selected: selected === pair.id,
    };
  };
  const refreshLooks = (changed: Iterable<PairEdge> = pairShown.values()) => {
    const selected = selectedPair();
    for (const pair of changed) {
      const look = pairLook(pair, pairMarks(pair, selected));
      if (look) lookById.set(pair.id, look);
      else lookById.delete(pair.id);
    }
    requestDraw();
  };
  // Where each actor is; ones hidden by focus are left out, and so are their edges. The strokes are
  // in graph coordinates, so they are kept from one drawing to the next (a pan or a zoom redraws the
  // node canvas) until a look changes or an actor moves. The pointer is tested against the
  // positions last drawn, not a fresh read at every move.
  let drawnAt: Map<string, Point> | null = null;
  const actorPositions = () => {
    const at = new Map<string, Point>();
    const hiding = emphasis.focus?.hide === true;
    const nodes = cy.nodes();
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      if (!hiding || !n.hasClass('focus-hidden')) at.set(n.id(), n.position());
    }
    return (drawnAt = at);
  };
  let strokes: readonly Stroke[] | null = null;
  const pairStrokes = (): readonly Stroke[] => {
    if (!strokes) {
      const at = actorPositions();
      strokes = strokesOf(lookById.values(), (id) => at.get(id));
    }
    return strokes;
  };
  const paintPairs = (ctx: CanvasRenderingContext2D) => {
    ctx.save();
    for (const stroke of pairStrokes()) {
      const seg = stroke.segments;
      ctx.beginPath();
      for (let i = 0; i < seg.length; i += 4) {
        ctx.moveTo(seg[i]!, seg[i + 1]!);
        ctx.lineTo(seg[i + 2]!, seg[i + 3]!);
      }
      ctx.globalAlpha = stroke.opacity;
      ctx.strokeStyle = stroke.color;
      ctx.lineWidth = stroke.width;
      ctx.lineCap = stroke.round ? 'round' : 'butt';
      ctx.stroke();
    }
    ctx.restore();
  };
  // The actors as shapes, when Cytoscape would draw no labels anyway and there are no country boxes.
  const paintActors = (ctx: CanvasRenderingContext2D): boolean => {
    if (labels || groups) return false;
    const batcher = createActorBatcher();
    const nodes = cy.nodes();
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      // Held or dragged, an actor is on Cytoscape's drag layer, drawn by Cytoscape.
      if (n.hasClass('focus-hidden') || n.grabbed()) continue;
      const p = n.position();
      batcher.add(p.x, p.y, {
        kind: n.data('kind') as ActorKind,
        focus: n.data('focus') === true,
        dim: DIM_CLASSES.some((c) => n.hasClass(c)),
        onPath: n.hasClass('on-path'),
        selected: n.hasClass('selected'),
      });
    }
    const fills = canvasSink(ctx, { filling: true });
    const outlines = canvasSink(ctx);
    ctx.save();
    for (const batch of batcher.batches()) {
      const c = batch.centres;
      const { shape, size } = batch;
      ctx.globalAlpha = batch.opacity;
      if (batch.lineWidth > 0) {
        // Rings are few (the path's actors): each its own closed outline.
        ctx.lineWidth = batch.lineWidth;
        ctx.strokeStyle = batch.color;
        for (let i = 0; i < c.length; i += 2) {
          ctx.beginPath();
          traceShape(outlines, shape, c[i]!, c[i + 1]!, size, size);
          ctx.stroke();
        }
      } else {
        ctx.fillStyle = batch.color;
        ctx.beginPath();
        for (let i = 0; i < c.length; i += 2) traceShape(fills, shape, c[i]!, c[i + 1]!, size, size);
        ctx.fill();
      }
    }
    ctx.restore();
    return true;
  };
  // The pair edge within a few pixels of a point in graph coordinates.
  const pairAt = (p: Point): PairEdge | undefined => {
    const at = drawnAt ?? actorPositions();
    const id = edgeAt(lookById.values(), (actor) => at.get(actor), p, 4 / cy.zoom());
    return id === null ? undefined : pairShown.get(id);
  };

  // A change of looks only Cytoscape cannot see (a pair whose actors were already shown) asks it for
  // a redraw; one that changes actors too is drawn with them in the same frame either way.
  let underlay: Underlay | null = null;
  function requestDraw() {
    strokes = null;
    underlay?.redraw();
  }
  if (pairs && container && options.underlay) {
    underlay = options.underlay(cy, { under: paintPairs, actors: paintActors });
    cy.on('position', 'node', () => void (strokes = null));
  }

  cy.on('tap', 'edge', (e) => options.onSelect?.({ type: 'link', id: e.target.id() }));
  cy.on('tap', (e) => {
    if (e.target !== cy) return;
    const pair = pairs ? pairAt(e.position) : undefined;
    options.onSelect?.(pair ? { type: 'link', id: pair.latestLinkId } : null);
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

  let hoveredPair: string | null = null;
  // The pointer left the canvas, or time took away the pair edge under it.
  const unhoverPair = () => {
    if (hoveredPair === null) return;
    hoveredPair = null;
    if (container) container.style.cursor = '';
    options.onHover?.(null);
  };
  container?.addEventListener('mouseleave', unhoverPair);
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
    if (pairs) {
      // Pair edges are not Cytoscape elements: find the one under the pointer on the background.
      cy.on('mousemove', (e) => {
        const pair = e.target === cy ? pairAt(e.position) : undefined;
        if ((pair?.id ?? null) === hoveredPair) return;
        hoveredPair = pair?.id ?? null;
        if (container) container.style.cursor = pair ? 'pointer' : '';
        const { x, y } = e.renderedPosition;
        onHover(pair ? { type: 'link', id: pair.latestLinkId, x, y, count: pair.weight } : null);
      });
      cy.on('viewport grab', () => void (hoveredPair = null));
    }
  }

  // Adds elements, or brings back ones still fading out (Cytoscape would drop a duplicate id).
  const add = (actorIds: Iterable<string>, linkIds: Iterable<string>, at: Positions = positions) => {
    const elements = [];
    const newBoxes = new Set<string>();
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
      if (!actor || bringBack(id)) continue;
      const box = groups?.get(id);
      if (box && !newBoxes.has(box) && cy.getElementById(box).empty()) {
        newBoxes.add(box);
        elements.unshift(boxElement(box, boxLabel(box)));
      }
      elements.push(actorElement(story, actor, at, box));
    }
    for (const id of linkIds) {
      const link = story.linkById.get(id);
      if (!link) continue;
      if (lingers(link)) ages.set(id, -1);
      if (!bringBack(id)) elements.push(linkElement(link, lanes.get(id)));
    }
    const added = cy.add(elements).union(revived);
    added.edges().forEach((el) => age(el.id()));
    return added;
  };

  // Every element with one of the ids, as one collection: Cytoscape's remove() scans the whole graph
  // once per call, so removing many elements one by one is quadratic.
  const elementsOf = (ids: Iterable<string>, keep: (el: cytoscape.SingularElementReturnValue) => boolean) => {
    const found = cy.collection();
    for (const id of ids) {
      const el = cy.getElementById(id);
      if (el.nonempty() && keep(el)) found.merge(el); // in place, unlike union()
    }
    return found;
  };

  const remove = (ids: Iterable<string>) => {
    for (const id of ids) ages.delete(id);
    const leaving = elementsOf(ids, (el) => !el.hasClass('leaving'));
    if (leaveMs <= 0) {
      leaving.remove();
      return;
    }
    const gone = (el: cytoscape.SingularElementReturnValue) => {
      // Only if it did not come back meanwhile; a country box goes with its last member.
      if (!el.hasClass('leaving') || cy.destroyed()) return;
      el.remove();
      removeEmptyBoxes();
    };
    leaving.removeClass('entering').addClass('leaving');
    leaving.forEach((el) => {
      el.animate({ style: { opacity: 0 } }, { duration: leaveMs, complete: () => gone(el) });
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

  const removeEmptyBoxes = () => {
    if (!groups) return;
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

  // What the reader sees: not the country boxes, nor what is fading out.
  const shown = () => {
    const eles = cy.elements().not('.leaving');
    return {
      actors: eles
        .nodes()
        .not('.box')
        .map((n) => n.id()),
      links: eles.edges().map((e) => e.id()),
    };
  };

  const elementIdOf = (s: NonNullable<GraphSelection>) =>
    pairs && s.type === 'link' ? (pairs.pairOfLink(s.id) ?? s.id) : s.id;

  const markSelection = () => {
    cy.elements('.selected').removeClass('selected');
    if (selection) cy.getElementById(elementIdOf(selection)).addClass('selected');
  };

  const setPairs = (all: Iterable<PairEdge>) => {
    pairShown.clear();
    lookById.clear();
    unhoverPair();
    for (const pair of all) pairShown.set(pair.id, pair);
    refreshLooks();
  };

  // Merged pairs: the links' diff becomes a diff of pair edges (entered, left, re-weighted).
  const applyPairDiff = (diff: GraphDiff) => {
    const pairDiff = pairs!.apply(diff);
    for (const id of pairDiff.left) {
      pairShown.delete(id);
      lookById.delete(id);
      if (id === hoveredPair) unhoverPair();
    }
    const touched = [...pairDiff.entered, ...pairDiff.changed];
    for (const pair of touched) pairShown.set(pair.id, pair);
    refreshLooks(touched);
    cy.batch(() => {
      elementsOf(diff.leftActors, () => true).remove();
      removeEmptyBoxes();
      const added = add(diff.enteredActors, []);
      emphasise(added);
      if (selection && added.getElementById(elementIdOf(selection)).nonempty()) markSelection();
    });
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
        if (pairs) {
          add(snapshot.actors, []);
          setPairs(pairs.reset(snapshot.links));
        } else add(snapshot.actors, snapshot.links);
        markSelection();
        emphasise(cy.elements());
      });
    },
    applyDiff(diff) {
      if (pairs) {
        applyPairDiff(diff);
        return;
      }
      let added: CollectionReturnValue | undefined;
      cy.batch(() => {
        // Edges before their nodes on the way out, nodes before their edges on the way in.
        remove(diff.leftLinks);
        remove(diff.leftActors);
        removeEmptyBoxes();
        added = add(diff.enteredActors, diff.enteredLinks);
        emphasise(added);
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
      if (pairs) refreshLooks();
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
    setEmphasis(next) {
      emphasis = next;
      cy.batch(() => emphasise(cy.elements()));
      if (pairs) refreshLooks();
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
          cy.elements().stop(true, false);
          cy.elements().remove();
          ages.clear();
          // Merged pair edges are not in Cytoscape: they stay as they are.
          add(actors, pairs ? [] : links, here);
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
      // The drawing is in CSS pixels, so the caption is too (scale 1).
      const svg = graphToSvg(cy, canvasMeasure(), window.devicePixelRatio || 1, '#ffffff', pairStrokes());
      return composeSvg(svg, caption, 1);
    },
    shown() {
      const now = shown();
      return pairs ? { actors: now.actors, links: [...pairShown.keys()] } : now;
    },
    marks() {
      const ids = (selector: string) => cy.elements(selector).map((el) => el.id());
      const fadeSteps: Record<string, number> = {};
      cy.edges('[age >= 0]').forEach((el) => void (fadeSteps[el.id()] = el.data('age') as number));
      return { entering: ids('.entering'), leaving: ids('.leaving'), fadeSteps };
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
      const pair = pairShown.get(id);
      if (pair) return pairClasses(pair);
      const el = cy.getElementById(id);
      return EMPHASIS_CLASSES.split(' ').filter((c) => el.hasClass(c));
    },
    destroy() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      clearTimeout(viewportTimer);
      running?.stop();
      container?.removeEventListener('mouseleave', unhoverPair);
      underlay?.destroy();
      underlay = null;
      cy.destroy();
    },
  };
}
