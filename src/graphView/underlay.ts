/**
 * Nexo's own drawing in Cytoscape's node canvas, for large stories: the pair edges under the actors
 * (pairLooks.ts), and the actors themselves while the story is seen whole (actorLooks.ts).
 *
 * In Cytoscape's canvas rather than a canvas of our own: every canvas that changes in a frame costs
 * the browser a copy when it hands the frame over for display, about 1 ms a step at 1,000 actors
 * for a second full-size canvas (measured in the trace's commit time with and without it).
 *
 * Cytoscape's canvas renderer draws that canvas with two methods: `drawLayeredElements` for the
 * screen (right after clearing it, with the view's pan and zoom applied) and `drawElements` for
 * `cy.png()`. Both are wrapped. They are not public API, so this checks they exist and fails loudly
 * if an upgrade of Cytoscape removed them.
 */
import type { Core } from 'cytoscape';

/** Draws in graph coordinates: the context is already panned and zoomed like Cytoscape's. */
export type DrawInGraph = (ctx: CanvasRenderingContext2D) => void;

export interface Underlay {
  /** Asks Cytoscape for a redraw in the next frame, for a change Cytoscape cannot see. */
  redraw(): void;
  destroy(): void;
}

export interface UnderlayPainter {
  /** Draws under the actors, on screen and in exports. */
  under: DrawInGraph;
  /** Draws the actors instead of Cytoscape, on screen; false leaves them to Cytoscape. */
  actors(ctx: CanvasRenderingContext2D): boolean;
}

export type UnderlayFactory = (cy: Core, painter: UnderlayPainter) => Underlay;

type DrawMethod = (this: unknown, ctx: CanvasRenderingContext2D, ...rest: unknown[]) => void;
interface CanvasRenderer {
  drawLayeredElements?: DrawMethod;
  drawElements?: DrawMethod;
}

export const createUnderlay: UnderlayFactory = (cy, painter) => {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | null }).renderer();
  const layered = renderer?.drawLayeredElements;
  const all = renderer?.drawElements;
  if (!renderer || typeof layered !== 'function' || typeof all !== 'function') {
    throw new Error(
      'Cytoscape’s canvas renderer no longer has drawLayeredElements and drawElements: the pair edges cannot be drawn (see graphView/underlay.ts)',
    );
  }
  renderer.drawLayeredElements = function (ctx, ...rest) {
    painter.under(ctx);
    if (!painter.actors(ctx)) layered.call(this, ctx, ...rest);
  };
  // Exports leave the actors to Cytoscape, labels and all.
  renderer.drawElements = function (ctx, ...rest) {
    painter.under(ctx);
    all.call(this, ctx, ...rest);
  };
  return {
    redraw: () => cy.forceRender(),
    destroy: () => {
      renderer.drawLayeredElements = layered;
      renderer.drawElements = all;
    },
  };
};
