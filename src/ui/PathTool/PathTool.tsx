/**
 * "How are these two connected?": pick two actors, optionally require the path to run forward in
 * time, and see every shortest path in the graph as it stands; the graph highlights them.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { actorName, describeTime, formatLinkTime } from '../../domain/linkText';
import type { PathResult } from '../../domain/paths';
import type { Story } from '../../domain/types';
import { LINK_KIND_LABELS } from '../../domain/vocabulary';
import { useAppStore } from '../../store/StoreContext';
import type { AppState, Selection } from '../../store/appStore';
import type { PathQuery } from '../../store/focusSlice';
import { ActorCombobox } from '../SearchBox/ActorCombobox';
import '../common/common.css';
import './PathTool.css';

const selectPath = (s: AppState) => ({
  story: s.story,
  time: s.time,
  selection: s.selection,
  query: s.pathQuery,
  result: s.pathResult,
  findPath: s.findPath,
  select: s.select,
});

const MAX_ROUTES_SHOWN = 12;

export function PathTool() {
  const { story, time, selection, query, result, findPath, select } = useAppStore(useShallow(selectPath));
  const [from, setFrom] = useState<string | null>(query?.from ?? null);
  const [to, setTo] = useState<string | null>(query?.to ?? null);
  const [forwardInTime, setForward] = useState(query?.forwardInTime ?? false);
  const [directed, setDirected] = useState(query?.directed ?? false);
  if (!story) return null;
  const selectedActor = selection?.type === 'actor' ? selection.id : null;

  const ask = (next: Partial<PathQuery> = {}) => {
    const q = { from, to, forwardInTime, directed, ...next };
    if (q.from && q.to) findPath(q as PathQuery);
  };

  const picker = (
    label: string,
    value: string | null,
    set: (id: string | null) => void,
    key: 'from' | 'to',
  ) => (
    <div className="path-tool__end">
      <ActorCombobox
        label={label}
        showLabel
        placeholder={value ? actorName(story, value) : 'Type a name…'}
        onChoose={(id) => {
          set(id);
          ask({ [key]: id });
        }}
      />
      <div className="path-tool__chosen">
        {value ? (
          <>
            <strong data-testid={`path-${key}`}>{actorName(story, value)}</strong>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                set(null);
                findPath(null);
              }}
            >
              clear
            </button>
          </>
        ) : (
          <span className="muted">none yet</span>
        )}
        {selectedActor && selectedActor !== value && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              set(selectedActor);
              ask({ [key]: selectedActor });
            }}
          >
            use {actorName(story, selectedActor)}
          </button>
        )}
      </div>
    </div>
  );

  const option = (label: string, checked: boolean, change: (on: boolean) => void) => (
    <label className="path-tool__option">
      <input type="checkbox" checked={checked} onChange={(e) => change(e.target.checked)} />
      {label}
    </label>
  );

  return (
    <div className="path-tool">
      <p className="muted">How are two actors connected in the graph as it stands {describeTime(time)}?</p>
      {picker('From', from, setFrom, 'from')}
      {picker('To', to, setTo, 'to')}
      {option('Forward in time (each step starts no earlier than the one before)', forwardInTime, (on) => {
        setForward(on);
        ask({ forwardInTime: on });
      })}
      {option('Follow the direction of links', directed, (on) => {
        setDirected(on);
        ask({ directed: on });
      })}
      <div className="path-tool__actions">
        <button type="button" disabled={!from || !to} onClick={() => ask()}>
          Find path
        </button>
        <button type="button" disabled={!query} onClick={() => findPath(null)}>
          Clear highlight
        </button>
      </div>
      {query && result && (
        <section className="path-tool__result" aria-live="polite" data-testid="path-result">
          <PathAnswer story={story} query={query} result={result} when={describeTime(time)} select={select} />
        </section>
      )}
    </div>
  );
}

function PathAnswer({
  story,
  query,
  result,
  when,
  select,
}: {
  story: Story;
  query: PathQuery;
  result: PathResult;
  when: string;
  select: (s: Selection) => void;
}) {
  const a = actorName(story, query.from);
  const b = actorName(story, query.to);
  const how = [query.forwardInTime && 'running forward in time', query.directed && 'following link direction']
    .filter(Boolean)
    .join(' and ');
  switch (result.type) {
    case 'same-actor':
      return <p>Pick two different actors.</p>;
    case 'not-shown':
      return (
        <p className="path-tool__none">
          {result.missing.map((id) => actorName(story, id)).join(' and ')}{' '}
          {result.missing.length > 1 ? 'are' : 'is'} not on the graph {when}, so there is no path between {a}{' '}
          and {b}.
        </p>
      );
    case 'no-path':
      return (
        <p className="path-tool__none">
          No path between {a} and {b} {when}
          {how && ` ${how}`}.
        </p>
      );
    case 'found':
      return (
        <>
          <p>
            <strong>
              {result.hops} step{result.hops > 1 ? 's' : ''}
            </strong>{' '}
            from {a} to {b} {when}
            {how && ` ${how}`}: {result.routes.length} shortest route{result.routes.length > 1 ? 's' : ''}
            {result.truncated && ' (the first ones found)'}.
          </p>
          <ol className="path-tool__routes">
            {result.routes.slice(0, MAX_ROUTES_SHOWN).map((r) => (
              <li key={r.actors.join('>')}>
                <div className="path-tool__route">
                  {r.actors.map((id) => actorName(story, id)).join(' → ')}
                </div>
                <ol className="path-tool__steps">
                  {r.steps.map((links, i) => (
                    <li key={i}>
                      {actorName(story, r.actors[i]!)} – {actorName(story, r.actors[i + 1]!)}:{' '}
                      {links.map((id, j) => {
                        const l = story.linkById.get(id)!;
                        return (
                          <span key={id}>
                            {j > 0 && ', '}
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => select({ type: 'link', id })}
                            >
                              {LINK_KIND_LABELS[l.kind]}
                            </button>{' '}
                            <span className="muted">({formatLinkTime(l)})</span>
                          </span>
                        );
                      })}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {result.routes.length > MAX_ROUTES_SHOWN && (
            <p className="muted">
              …and {result.routes.length - MAX_ROUTES_SHOWN} more, highlighted in the graph.
            </p>
          )}
        </>
      );
  }
}
