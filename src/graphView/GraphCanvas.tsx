/**
 * The one React file of graphView/: creates the adapter for the current story, feeds it the store's
 * diffs, and destroys it. No graph logic lives here.
 */
import { useEffect, useMemo, useRef } from 'react';
import { detailFor } from '../domain/levelOfDetail';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import type { AppState } from '../store/appStore';
import { createGraphView, type GraphView } from './adapter';
import { computeStoryLayout } from './layout';
import { readRenderOptions } from './renderOptions';

const selectStory = (s: AppState) => s.story;
const renderOptions = readRenderOptions(typeof window === 'undefined' ? '' : window.location.search);

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
      webgl: renderOptions.webgl,
      detail: detailFor({ actors: story.actors.length, links: story.links.length }),
      onSelect: (selection) => store.getState().select(selection),
    });
    view.reset(store.visibleSnapshot());
    view.setSelection(store.getState().selection);
    view.fit();
    // Tells tests and the benchmark which story the canvas has drawn.
    container.current.dataset.storyId = story.id;
    onReady?.(view);
    const unsubscribeGraph = store.subscribe(
      (s) => s.graph,
      (graph) =>
        graph.reset || renderOptions.renderer === 'naive'
          ? view.reset(store.visibleSnapshot())
          : view.applyDiff(graph.diff),
    );
    const unsubscribeSelection = store.subscribe(
      (s) => s.selection,
      (selection) => view.setSelection(selection),
    );
    return () => {
      unsubscribeGraph();
      unsubscribeSelection();
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
