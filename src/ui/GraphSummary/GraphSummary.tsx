/** A short live summary of what the graph shows, for screen readers and tests. */
import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';

const selectSeq = (s: AppState) => s.graph.seq;

export function GraphSummary() {
  const store = useAppStoreApi();
  const seq = useAppStore(selectSeq);
  const counts = useMemo(() => {
    void seq; // recount on every published change
    return store.visibleCounts();
  }, [store, seq]);
  return (
    <p className="graph-summary" aria-live="polite" data-testid="graph-summary">
      {plural(counts.actors, 'actor')}, {plural(counts.links, 'link')} shown
    </p>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
