/**
 * A canvas under Cytoscape's actors, in the same coordinates, drawn by the adapter (cytoscape-layers
 * makes the canvas, keeps its size and puts it into `cy.png()` exports). Kept apart from the adapter
 * because cytoscape-layers needs a browser window when imported: GraphCanvas hands this factory to
 * the adapter, and headless tests simply go without.
 */
import type { Core } from 'cytoscape';
import { layers } from 'cytoscape-layers';

/** Draws in graph coordinates: the context is already panned and zoomed like Cytoscape's. */
export type DrawInGraph = (ctx: CanvasRenderingContext2D) => void;

export interface CanvasLayer {
  /** Draws now (call it in the frame Cytoscape draws in, so edges and actors never part). */
  draw(): void;
  destroy(): void;
}

export type CanvasLayerFactory = (cy: Core, draw: DrawInGraph) => CanvasLayer;

export const createCanvasLayer: CanvasLayerFactory = (cy, draw) => {
  // A static layer: the plugin neither transforms nor redraws it on its own, so the adapter decides
  // when it is drawn (once per frame) and applies the viewport itself. Exports hand it a context
  // that Cytoscape has already transformed.
  const layer = layers(cy).nodeLayer.insertBefore('canvas-static');
  layer.callback((ctx, hint) => {
    if (!hint.forExport) {
      const pan = cy.pan();
      const zoom = cy.zoom();
      ctx.translate(pan.x, pan.y);
      ctx.scale(zoom, zoom);
    }
    draw(ctx);
  });
  return {
    draw: () => layer.update(),
    destroy: () => layer.remove(),
  };
};
