/**
 * Nexo inside another page (`?embed=1`): the graph, a compact time control, and a link that opens
 * the same view in the full app. The address keeps following the view, so the link stays current.
 */
import { GraphCanvas } from '../graphView/GraphCanvas';
import { viewUrl } from '../share/embed';
import type { AppState } from '../store/appStore';
import { useAppStore } from '../store/StoreContext';
import { ShareNotice } from '../ui/ShareNotice/ShareNotice';
import { TimeBar } from '../ui/TimeBar/TimeBar';
import './EmbedApp.css';

const selectTitle = (s: AppState) => s.story?.title ?? 'Nexo';
const selectFragment = (s: AppState) => s.shareFragment;

export function EmbedApp() {
  const title = useAppStore(selectTitle);
  const fragment = useAppStore(selectFragment);
  return (
    <div className="embed">
      <ShareNotice />
      <main className="embed__main">
        <GraphCanvas />
      </main>
      <footer className="embed__footer">
        <div className="embed__bar">
          <h1 className="embed__title" title={title}>
            {title}
          </h1>
          <a href={viewUrl(window.location.href, fragment)} target="_blank" rel="noopener">
            Open in Nexo ↗
          </a>
        </div>
        <TimeBar compact />
      </footer>
    </div>
  );
}
