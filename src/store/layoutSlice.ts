/** How the graph is laid out, and requests to bring an actor into view. */
import type { LayoutChoice } from '../domain/layouts';
import type { SliceContext } from './sliceContext';

export { LAYOUTS, LAYOUT_LABELS, type LayoutChoice } from '../domain/layouts';

export interface LayoutSlice {
  layout: LayoutChoice;
  /** The actor the radial layout is centred on: the selected actor, or the last one selected. */
  radialCentre: string | null;
  setLayout(layout: LayoutChoice): void;
  /** A request to centre the view on an actor; `seq` grows with each request. */
  reveal: { readonly seq: number; readonly actorId: string } | null;
  /** Selects an actor and asks the canvas to bring it into view. */
  revealActor(actorId: string): void;
}

export const LAYOUT_ON_LOAD = { radialCentre: null, reveal: null } as const;

export function createLayoutSlice(ctx: SliceContext): LayoutSlice {
  return {
    layout: 'story',
    radialCentre: null,
    setLayout(layout) {
      const { selection, radialCentre } = ctx.get();
      ctx.set({ layout, radialCentre: selection?.type === 'actor' ? selection.id : radialCentre });
    },
    reveal: null,
    revealActor(actorId) {
      ctx.set((s) => ({
        selection: { type: 'actor', id: actorId },
        reveal: { seq: (s.reveal?.seq ?? 0) + 1, actorId },
        radialCentre: actorId,
      }));
    },
  };
}
