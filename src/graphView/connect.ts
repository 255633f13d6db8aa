/**
 * Feeds a graph view from the store: diffs, selection, emphasis (focus, path, faded filters), the
 * chosen layout and requests to centre on an actor. Returns the function that stops it all.
 */
import { shallow } from 'zustand/shallow';
import { filterPredicates, isFiltering } from '../domain/filters';
import type { Story } from '../domain/types';
import type { AppState, AppStore } from '../store/appStore';
import { NO_EMPHASIS, type Emphasis, type GraphView, type LayoutTarget } from './adapter';
import { computeStoryLayout, type Positions } from './layout';
import { computeRadialLayout, countryGroups } from './layouts';

const emphasisInputs = (s: AppState) => ({
  focus: s.focus,
  focusSet: s.focusSet,
  pathResult: s.pathResult,
  filters: s.filters,
  filterMode: s.filterMode,
});

export function emphasisOf(story: Story, s: ReturnType<typeof emphasisInputs>): Emphasis {
  if (!s.focusSet && s.pathResult?.type !== 'found' && !(s.filterMode === 'fade' && isFiltering(s.filters))) {
    return NO_EMPHASIS;
  }
  let faded: Emphasis['faded'] = null;
  if (s.filterMode === 'fade' && isFiltering(s.filters)) {
    const p = filterPredicates(s.filters);
    faded = {
      actor: (id) => !p.actor(story.actorById.get(id)!),
      link: (id) => {
        const l = story.linkById.get(id)!;
        return !p.link(l) || !p.actor(story.actorById.get(l.from)!) || !p.actor(story.actorById.get(l.to)!);
      },
    };
  }
  return {
    faded,
    // An actor that is not on the graph has no neighbourhood to keep: leave the picture as it is
    // (the details panel says why).
    focus:
      s.focus && s.focusSet && s.focusSet.actors.size > 0
        ? { actors: new Set(s.focusSet.actors.keys()), links: s.focusSet.links, hide: s.focus.hide }
        : null,
    path: s.pathResult?.type === 'found' ? { actors: s.pathResult.actors, links: s.pathResult.links } : null,
  };
}

const layoutInputs = (s: AppState) => ({
  layout: s.layout,
  centre: s.radialCentre,
  // The radial rings follow the graph as it stands; the other layouts cover the whole story.
  seq: s.layout === 'radial' ? s.graph.seq : -1,
});

export function connectGraphView(
  store: AppStore,
  view: GraphView,
  story: Story,
  storyPositions: Positions,
  // The benchmark's baseline: redraw everything at every step instead of applying the diff.
  { naive = false }: { naive?: boolean } = {},
) {
  let country: LayoutTarget | null = null;
  const targetFor = (layout: AppState['layout'], centre: string | null): LayoutTarget => {
    if (layout === 'country') {
      if (!country) {
        const groups = countryGroups(story);
        country = {
          positions: computeStoryLayout(story, groups),
          groups,
          boxLabel: (box) => story.actorById.get(box.slice(box.indexOf('\u0000') + 1))?.name ?? box,
        };
      }
      return country;
    }
    if (layout === 'radial') {
      const c = centre ?? story.focusPair?.[0] ?? story.actors[0]?.id ?? '';
      return { positions: computeRadialLayout(story, store.visibleSnapshot().links, c), groups: null };
    }
    return { positions: storyPositions, groups: null };
  };

  const unsubscribers = [
    store.subscribe(
      (s) => s.graph,
      (graph) => (graph.reset || naive ? view.reset(store.visibleSnapshot()) : view.applyDiff(graph.diff)),
    ),
    store.subscribe(
      (s) => s.selection,
      (selection) => view.setSelection(selection),
    ),
    store.subscribe(emphasisInputs, (inputs) => view.setEmphasis(emphasisOf(story, inputs)), {
      equalityFn: shallow,
      fireImmediately: true,
    }),
    store.subscribe(
      layoutInputs,
      (now, before) => {
        // Re-fit when the reader changes the layout, not while time moves the rings.
        const fit = now.layout !== before.layout || now.centre !== before.centre;
        if (now.layout === 'story' && before.layout === 'story') return;
        view.setLayout(targetFor(now.layout, now.centre), { fit });
      },
      { equalityFn: shallow },
    ),
    store.subscribe(
      (s) => s.reveal,
      (reveal) => {
        if (reveal) view.centreOn(reveal.actorId);
      },
    ),
  ];
  // A canvas made while a non-default layout is chosen starts in it.
  const { layout, radialCentre } = store.getState();
  if (layout !== 'story') view.setLayout(targetFor(layout, radialCentre), { fit: true });
  return () => unsubscribers.forEach((u) => u());
}
