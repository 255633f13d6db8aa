/**
 * Filters by actor kind, link kind, tone and source. Each value shows how many things at the current
 * date carry it; unticking hides them (or fades them, if the reader prefers).
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { facetCounts, isFiltering, type Facet } from '../../domain/filters';
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  LINK_KIND_LABELS,
  LINK_KINDS,
  TONE_BAND_LABELS,
  TONE_BANDS,
} from '../../domain/vocabulary';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import type { FilterMode } from '../../store/filtersSlice';
import { useTimeSnapshot, useVisibleSnapshot } from '../common/useVisible';
import '../common/common.css';
import './FiltersPanel.css';

const selectFilters = (s: AppState) => ({
  story: s.story,
  filters: s.filters,
  filterMode: s.filterMode,
  toggleFilter: s.toggleFilter,
  clearFilters: s.clearFilters,
  setFilterMode: s.setFilterMode,
});

interface Option {
  value: string;
  label: string;
}

export function FiltersPanel() {
  const { story, filters, filterMode, toggleFilter, clearFilters, setFilterMode } = useAppStore(
    useShallow(selectFilters),
  );
  const atTime = useTimeSnapshot();
  const shown = useVisibleSnapshot();
  const counts = useMemo(
    () => (story ? facetCounts(story, atTime.links, atTime.actors) : null),
    [story, atTime],
  );
  const options = useMemo(() => {
    if (!story) return null;
    const actorKinds = new Set(story.actors.map((a) => a.kind));
    const linkKinds = new Set(story.links.map((l) => l.kind));
    const o: Record<Facet, Option[]> = {
      actorKind: ACTOR_KINDS.filter((k) => actorKinds.has(k)).map((k) => ({
        value: k,
        label: ACTOR_KIND_LABELS[k],
      })),
      linkKind: LINK_KINDS.filter((k) => linkKinds.has(k)).map((k) => ({
        value: k,
        label: LINK_KIND_LABELS[k],
      })),
      tone: TONE_BANDS.map((b) => ({ value: b, label: TONE_BAND_LABELS[b] })),
      source: story.sources.map((s) => ({ value: s.id, label: `${s.outlet}: ${s.title}` })),
    };
    return o;
  }, [story]);
  if (!story || !counts || !options) return null;

  const facet = (f: Facet, title: string, unit: string) => (
    <fieldset className="filters__facet">
      <legend>{title}</legend>
      {options[f].map((o) => {
        const n = counts[f].get(o.value) ?? 0;
        const on = !(filters[f] as readonly string[]).includes(o.value);
        return (
          <label
            key={o.value}
            className={n === 0 ? 'filters__option filters__option--none' : 'filters__option'}
          >
            <input type="checkbox" checked={on} onChange={() => toggleFilter(f, o.value)} />
            <span className="filters__label">{o.label}</span>
            <span className="filters__count" title={`${n} ${unit} at this date`}>
              {n}
            </span>
          </label>
        );
      })}
    </fieldset>
  );

  return (
    <div className="filters">
      <div className="filters__top">
        <p className="filters__summary" data-testid="filters-summary">
          Showing {shown.links.size} of {atTime.links.size} links at this date
        </p>
        <button type="button" onClick={clearFilters} disabled={!isFiltering(filters)}>
          Clear all filters
        </button>
      </div>
      <div className="filters__mode" role="radiogroup" aria-label="What filters do">
        {(['hide', 'fade'] as FilterMode[]).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="filter-mode"
              checked={filterMode === m}
              onChange={() => setFilterMode(m)}
            />
            {m === 'hide' ? 'Hide what is filtered out' : 'Fade it instead'}
          </label>
        ))}
      </div>
      <p className="muted filters__help">
        Numbers count what is there at the current date, before filtering.
      </p>
      {facet('actorKind', 'Actor kinds', 'actors')}
      {facet('tone', 'Tone', 'links')}
      {facet('linkKind', 'Link kinds', 'links')}
      {facet('source', 'Sources', 'links')}
    </div>
  );
}
