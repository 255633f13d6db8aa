import type { GraphDiff } from '../domain/timeline';
import type { VisibleGraph } from '../domain/visibleGraph';
import type { AppState } from './appStore';

/** What a slice of the app store may use: state access, the visible graph and diff publishing. */
export interface SliceContext {
  set(partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void;
  get(): AppState;
  visible(): VisibleGraph | null;
  publish(diff: GraphDiff): void;
}
