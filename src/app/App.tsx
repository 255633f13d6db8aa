import { useCallback, useState } from 'react';
import type { GraphView } from '../graphView/adapter';
import { GraphCanvas } from '../graphView/GraphCanvas';
import { DetailsPanel } from '../ui/DetailsPanel/DetailsPanel';
import { EventList } from '../ui/EventList/EventList';
import { FiltersPanel } from '../ui/Filters/FiltersPanel';
import { GraphSummary } from '../ui/GraphSummary/GraphSummary';
import { LayoutSwitcher } from '../ui/LayoutSwitcher/LayoutSwitcher';
import { ShareButton, type PictureExporter } from '../ui/ShareDialog/ShareDialog';
import { ShareNotice } from '../ui/ShareNotice/ShareNotice';
import { Legend } from '../ui/Legend/Legend';
import { PathTool } from '../ui/PathTool/PathTool';
import { ProblemsBanner } from '../ui/Problems/ProblemsBanner';
import { SearchBox } from '../ui/SearchBox/SearchBox';
import { Sidebar, type SidebarTab } from '../ui/Sidebar/Sidebar';
import { OpenStoryButton } from '../ui/StoryMenu/OpenStoryButton';
import { TableView } from '../ui/TableView/TableView';
import { TimeBar } from '../ui/TimeBar/TimeBar';
import { useAppStore } from '../store/StoreContext';
import type { AppState } from '../store/appStore';

const selectTitle = (s: AppState) => s.story?.title ?? 'Nexo';

// The sidebar's panels; a new panel is one more entry here.
const SIDEBAR_TABS: readonly SidebarTab[] = [
  // The event list marks the selected link itself, so choosing events keeps it open.
  { id: 'events', label: 'Events', content: <EventList />, keepOnSelect: (s) => s.type === 'link' },
  { id: 'details', label: 'Details', content: <DetailsPanel /> },
  { id: 'filters', label: 'Filters', content: <FiltersPanel /> },
  { id: 'paths', label: 'Paths', content: <PathTool />, keepOnSelect: true },
  { id: 'table', label: 'Table', content: <TableView />, keepOnSelect: true },
];

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
        <SearchBox />
        <div className="app__actions">
          <OpenStoryButton />
          <ShareButton exporter={exporter} />
        </div>
      </header>
      <ProblemsBanner />
      <ShareNotice />
      <main className="app__main">
        <div className="app__graph">
          <GraphCanvas onReady={onCanvasReady} />
          <LayoutSwitcher />
          <aside className="app__overlay">
            {/* Closed at first: beside the sidebar, an open legend would cover a third of the graph. */}
            <Legend defaultOpen={false} />
          </aside>
          <GraphSummary />
        </div>
        <Sidebar tabs={SIDEBAR_TABS} initial="events" />
      </main>
      <footer className="app__footer">
        <TimeBar />
      </footer>
    </div>
  );
}
