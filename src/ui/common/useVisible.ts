import { useMemo } from 'react';
import type { Snapshot } from '../../domain/timeline';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';

const selectSeq = (s: AppState) => s.graph.seq;

/** The graph as shown now, recomputed only when it changes. */
export function useVisibleSnapshot(): Snapshot {
  const store = useAppStoreApi();
  const seq = useAppStore(selectSeq);
  return useMemo(() => {
    void seq; // a new snapshot for every published change
    return store.visibleSnapshot();
  }, [store, seq]);
}

/** What the time alone shows now, before filters. */
export function useTimeSnapshot(): Snapshot {
  const store = useAppStoreApi();
  const seq = useAppStore(selectSeq);
  return useMemo(() => {
    void seq;
    return store.timeSnapshot();
  }, [store, seq]);
}
