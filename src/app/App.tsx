import { useCallback, useState } from 'react';
import type { GraphView } from '../graphView/adapter';
import { GraphCanvas } from '../graphView/GraphCanvas';
import { ShareButton, type PictureExporter } from '../ui/ShareDialog/ShareDialog';
import { ShareNotice } from '../ui/ShareNotice/ShareNotice';
import { GraphSummary } from '../ui/GraphSummary/GraphSummary';
import { EventList } from '../ui/EventList/EventList';
import { Legend } from '../ui/Legend/Legend';
import { ProblemsBanner } from '../ui/Problems/ProblemsBanner';
import { OpenStoryButton } from '../ui/StoryMenu/OpenStoryButton';
import { TimeBar } from '../ui/TimeBar/TimeBar';
import { useAppStore } from '../store/StoreContext';
import type { AppState } from '../store/appStore';

const selectTitle = (s: AppState) => s.story?.title ?? 'Nexo';

export function App() {
  const title = useAppStore(selectTitle);
  const [exporter, setExporter] = useState<PictureExporter | null>(null);
  const onCanvasReady = useCallback(
    (view: GraphView | null) =>
      setExporter(view ? { png: (c) => view.exportPng(c), svg: (c) => view.exportSvg(c) } : null),
    [],
  );
  return (
    <div className="app">
      <header className="app__header">
        <span className="app__brand">Nexo</span>
        <h1 className="app__title">{title}</h1>
        <div className="app__actions">
          <OpenStoryButton />
          <ShareButton exporter={exporter} />
        </div>
      </header>
      <ProblemsBanner />
      <ShareNotice />
      <div className="app__body">
        <main className="app__main">
          <GraphCanvas onReady={onCanvasReady} />
          <aside className="app__overlay">
            <Legend />
          </aside>
          <GraphSummary />
        </main>
        <aside className="app__sidebar" aria-label="Events">
          <EventList />
        </aside>
      </div>
      <footer className="app__footer">
        <TimeBar />
      </footer>
    </div>
  );
}
