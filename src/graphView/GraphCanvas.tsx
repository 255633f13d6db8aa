/**
 * The one React file of graphView/: creates the adapter for the current story, feeds it the store's
 * diffs, and destroys it. No graph logic lives here.
 */
import { useEffect, useMemo, useRef } from 'react';
import { lingerFor } from '../domain/timeModes';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import type { AppState } from '../store/appStore';
import type { Viewport } from '../store/viewSlice';
import { createGraphView, type GraphView } from './adapter';
import { computeStoryLayout } from './layout';

const selectStory = (s: AppState) => s.story;

export function GraphCanvas({ onReady }: { onReady?: (view: GraphView | null) => void }) {
  const store = useAppStoreApi();
  const story = useAppStore(selectStory);
  const container = useRef<HTMLDivElement>(null);
  const positions = useMemo(() => (story ? computeStoryLayout(story) : null), [story]);

  useEffect(() => {
    if (!story || !positions || !container.current) return;
    const view = createGraphView({
      container: container.current,
      story,
      positions,
      onSelect: (selection) => store.getState().select(selection),
      onViewportChange: (viewport) => store.getState().reportViewport(viewport),
    });
    view.reset(store.visibleSnapshot());
    view.setSelection(store.getState().selection);
    const ageLinks = ({ cursor, mode }: AppState['time']) => view.ageLinks(cursor, lingerFor(mode));
    ageLinks(store.getState().time);
    const showViewport = ({ viewport }: { viewport: Viewport | null }) =>
      viewport ? view.setViewport(viewport) : view.fit();
    showViewport(store.getState().viewportRequest);
    onReady?.(view);
    const unsubscribeGraph = store.subscribe(
      (s) => s.graph,
      (graph) => (graph.reset ? view.reset(store.visibleSnapshot()) : view.applyDiff(graph.diff)),
    );
    const unsubscribeSelection = store.subscribe(
      (s) => s.selection,
      (selection) => view.setSelection(selection),
    );
    const unsubscribeTime = store.subscribe((s) => s.time, ageLinks);
    const unsubscribeViewport = store.subscribe((s) => s.viewportRequest, showViewport);
    return () => {
      unsubscribeGraph();
      unsubscribeSelection();
      unsubscribeViewport();
      unsubscribeTime();
      onReady?.(null);
      view.destroy();
    };
  }, [story, positions, store, onReady]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph-canvas"
      role="img"
      aria-label={story ? `Network of ${story.title}` : 'Network'}
    />
  );
}
