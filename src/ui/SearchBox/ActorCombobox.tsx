/**
 * A combobox over the story's actors (WAI-ARIA 1.2 pattern): results as you type, arrow keys move,
 * Enter chooses, Escape closes then clears. Names are matched without case or accents.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { buildActorSearchIndex, searchActors } from '../../domain/search';
import { ACTOR_KIND_LABELS } from '../../domain/vocabulary';
import { useAppStore, useAppStoreApi } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import '../common/common.css';
import './ActorCombobox.css';

const selectStory = (s: AppState) => s.story;
const selectGraphSeq = (s: AppState) => s.graph.seq;
const selectNothing = () => 0;
const MAX_RESULTS = 8;

export interface ActorComboboxProps {
  label: string;
  placeholder?: string;
  onChoose(actorId: string): void;
  /** Show the label on screen (otherwise only to assistive technology). */
  showLabel?: boolean;
  className?: string;
}

export function ActorCombobox({ label, placeholder, onChoose, showLabel, className }: ActorComboboxProps) {
  const story = useAppStore(selectStory);
  const store = useAppStoreApi();
  const index = useMemo(() => (story ? buildActorSearchIndex(story) : null), [story]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The field empties on a choice; this says what was chosen (a status message, WCAG 4.1.3).
  const [chosen, setChosen] = useState('');
  const id = useId();
  const listId = `${id}-list`;

  const results = useMemo(() => (index ? searchActors(index, query, MAX_RESULTS) : []), [index, query]);
  const expanded = open && query.trim() !== '';
  // Results say whether each actor is on the graph now: follow the graph only while they are shown
  // (the search box is always mounted, and time moves every frame during playback).
  useAppStore(expanded ? selectGraphSeq : selectNothing);
  const activeIndex = Math.min(active, results.length - 1);

  const choose = (actorId: string) => {
    onChoose(actorId);
    setChosen(`Chosen: ${story?.actorById.get(actorId)?.name ?? actorId}`);
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive(results.length ? (activeIndex + 1) % results.length : 0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive(results.length ? (activeIndex - 1 + results.length) % results.length : 0);
    } else if (e.key === 'Enter') {
      const match = results[activeIndex];
      if (expanded && match) {
        e.preventDefault();
        choose(match.actor.id);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className={`actor-combobox ${className ?? ''}`}>
      <label htmlFor={`${id}-input`} className={showLabel ? 'actor-combobox__label' : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results.length ? `${id}-opt-${activeIndex}` : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <span role="status" className="visually-hidden">
        {chosen}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="actor-combobox__list" hidden={!expanded}>
        {expanded && results.length === 0 && <li className="actor-combobox__empty">No actor matches</li>}
        {expanded &&
          results.map((m, i) => (
            <li
              key={m.actor.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className="actor-combobox__option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(m.actor.id)}
            >
              <span className="actor-combobox__name">{m.actor.name}</span>
              <span className="actor-combobox__meta">
                {ACTOR_KIND_LABELS[m.actor.kind]}
                {m.matched !== m.actor.name && <> · also “{m.matched}”</>}
                {!store.isActorShown(m.actor.id) && <> · not on the graph now</>}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
