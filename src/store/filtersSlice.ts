/**
 * Filters: which actor kinds, link kinds, tone bands and sources are switched off. Hiding goes
 * through the visible graph (what is hidden is really gone); fading leaves the graph whole and lets
 * the canvas dim what fails the filter.
 */
import { filterPredicates, NO_FILTERS, toggleFilterValue, type Facet, type Filters } from '../domain/filters';
import type { SliceContext } from './sliceContext';

export type FilterMode = 'hide' | 'fade';

export interface FiltersSlice {
  filters: Filters;
  filterMode: FilterMode;
  toggleFilter(facet: Facet, value: string): void;
  /** Switches a whole facet: every given value off, or all back on with []. */
  setFacet(facet: Facet, hidden: readonly string[]): void;
  clearFilters(): void;
  setFilterMode(mode: FilterMode): void;
}

export const FILTERS_ON_LOAD = { filters: NO_FILTERS } as const;

export function createFiltersSlice(ctx: SliceContext): FiltersSlice {
  const apply = (filters: Filters, filterMode: FilterMode) => {
    ctx.set({ filters, filterMode });
    const visible = ctx.visible();
    if (!visible) return;
    if (filterMode === 'fade') {
      ctx.publish(visible.setFilter(() => true));
    } else {
      const p = filterPredicates(filters);
      ctx.publish(visible.setFilter(p.link, p.actor));
    }
  };
  return {
    filters: NO_FILTERS,
    filterMode: 'hide',
    toggleFilter(facet, value) {
      const { filters, filterMode } = ctx.get();
      apply(toggleFilterValue(filters, facet, value), filterMode);
    },
    setFacet(facet, hidden) {
      const { filters, filterMode } = ctx.get();
      apply({ ...filters, [facet]: [...hidden] }, filterMode);
    },
    clearFilters() {
      apply(NO_FILTERS, ctx.get().filterMode);
    },
    setFilterMode(mode) {
      apply(ctx.get().filters, mode);
    },
  };
}
