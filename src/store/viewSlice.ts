/** How the graph is laid out, and requests to bring an actor into view. */
import type { SliceContext } from './sliceContext';

export const LAYOUTS = ['story', 'country', 'radial'] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutChoice, string> = {
  story: 'Whole story',
  country: 'By country',
  radial: 'Around selected',
};

export interface ViewSlice {
  layout: LayoutChoice;
  /** The actor the radial layout is centred on: the selected actor, or the last one selected. */
  radialCentre: string | null;
  setLayout(layout: LayoutChoice): void;
  /** A request to centre the view on an actor; `seq` grows with each request. */
  reveal: { readonly seq: number; readonly actorId: string } | null;
  /** Selects an actor and asks the canvas to bring it into view. */
  revealActor(actorId: string): void;
}

export const VIEW_ON_LOAD = { radialCentre: null, reveal: null } as const;

export function createViewSlice(ctx: SliceContext): ViewSlice {
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
