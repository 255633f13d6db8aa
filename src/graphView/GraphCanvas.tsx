/**
 * The one React file of graphView/: creates the adapter for the current story, connects it to the
 * store, shows the hover tooltip (plain text), and destroys the adapter. No graph logic lives here.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { detailFor } from '../domain/levelOfDetail';
import { describeBriefly } from '../domain/linkText';
import { lingerFor } from '../domain/timeModes';
import { useAppStore, useAppStoreApi } from '../store/StoreContext';
import type { AppState } from '../store/appStore';
import type { Viewport } from '../store/viewSlice';
import { createGraphView, type GraphHover, type GraphView } from './adapter';
import { createUnderlay } from './underlay';
import { connectGraphView } from './connect';
import { computeStoryLayout } from './layout';
import { readRenderOptions } from './renderOptions';
import './GraphCanvas.css';

const selectStory = (s: AppState) => s.story;
const renderOptions = readRenderOptions(typeof window === 'undefined' ? '' : window.location.search);

export function GraphCanvas({ onReady }: { onReady?: (view: GraphView | null) => void }) {
  const store = useAppStoreApi();
  const story = useAppStore(selectStory);
  const container = useRef<HTMLDivElement>(null);
  const positions = useMemo(() => (story ? computeStoryLayout(story) : null), [story]);
  const [hover, setHover] = useState<GraphHover>(null);

  useEffect(() => {
    if (!story || !positions || !container.current) return;
    const view = createGraphView({
      container: container.current,
      story,
      positions,
      detail: detailFor({ actors: story.actors.length, links: story.links.length }),
      onSelect: (selection) => store.getState().select(selection),
      onViewportChange: (viewport) => store.getState().reportViewport(viewport),
      onHover: setHover,
      underlay: createUnderlay,
    });
    view.reset(store.visibleSnapshot());
    view.setSelection(store.getState().selection);
    const ageLinks = ({ cursor, mode }: AppState['time']) => view.ageLinks(cursor, lingerFor(mode));
    ageLinks(store.getState().time);
    const showViewport = ({ viewport }: { viewport: Viewport | null }) =>
      viewport ? view.setViewport(viewport) : view.fit();
    showViewport(store.getState().viewportRequest);
    // Tells tests and the benchmark which story the canvas has drawn.
    container.current.dataset.storyId = story.id;
    const disconnect = connectGraphView(store, view, story, positions, {
      naive: renderOptions.renderer === 'naive',
    });
    const unsubscribeTime = store.subscribe((s) => s.time, ageLinks);
    const unsubscribeViewport = store.subscribe((s) => s.viewportRequest, showViewport);
    onReady?.(view);
    return () => {
      disconnect();
      unsubscribeTime();
      unsubscribeViewport();
      setHover(null);
      onReady?.(null);
      view.destroy();
    };
  }, [story, positions, store, onReady]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="img"
        aria-label={story ? `Network of ${story.title}` : 'Network'}
      />
      {hover && story && (
        <div
          className="graph-tooltip"
          role="tooltip"
          data-testid="graph-tooltip"
          style={{ left: hover.x, top: hover.y }}
        >
          {hover.count && hover.count > 1
            ? `${hover.count} links; latest: ${describeBriefly(story, hover)}`
            : describeBriefly(story, hover)}
        </div>
      )}
    </>
  );
}
