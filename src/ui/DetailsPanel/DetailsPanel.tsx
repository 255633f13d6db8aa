/**
 * What is selected, with its sources. An actor: who it is, offices held, its links in time order.
 * A link: kind, direction, date at its real precision, description, quotes and sources. All text
 * from the story is rendered as text. Choosing an actor or a link inside the panel replaces what is
 * shown; focus then goes to the new heading, so a keyboard user is not dropped at the top of the page.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDay } from '../../domain/dates';
import { actorName, formatLinkTime } from '../../domain/linkText';
import { linksOfActor } from '../../domain/story';
import type { Actor, Link, Story } from '../../domain/types';
import { ACTOR_KIND_LABELS, LINK_KIND_LABELS, TONE_BAND_LABELS, toneBand } from '../../domain/vocabulary';
import { useAppStore } from '../../store/StoreContext';
import type { AppState, Selection } from '../../store/appStore';
import { useVisibleSnapshot } from '../common/useVisible';
import '../common/common.css';
import './DetailsPanel.css';
import { FocusControls } from './FocusControls';
import { SourceList, SourceNames } from './Sources';

const selectDetails = (s: AppState) => ({ story: s.story, selection: s.selection, select: s.select });

export function DetailsPanel() {
  const { story, selection, select: selectInStore } = useAppStore(useShallow(selectDetails));
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef(false);
  const select = useCallback(
    (s: Selection) => {
      focusNext.current = true;
      selectInStore(s);
    },
    [selectInStore],
  );
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    heading.current?.focus();
  }, [selection]);
  if (!story) return null;
  if (selection?.type === 'actor') {
    const actor = story.actorById.get(selection.id);
    if (actor) return <ActorDetails story={story} actor={actor} select={select} heading={heading} />;
  }
  if (selection?.type === 'link') {
    const link = story.linkById.get(selection.id);
    if (link) return <LinkDetails story={story} link={link} select={select} heading={heading} />;
  }
  return (
    <div className="details details--empty">
      <p>Select an actor or a link in the graph, search for an actor, or pick a row in the table.</p>
      <p className="muted">Its sources, quotes and dates will show here.</p>
    </div>
  );
}

type Select = (s: Selection) => void;
type Heading = RefObject<HTMLHeadingElement | null>;

function ActorButton({ story, id, select }: { story: Story; id: string; select: Select }) {
  return (
    <button type="button" className="link-button" onClick={() => select({ type: 'actor', id })}>
      {actorName(story, id)}
    </button>
  );
}

function ActorDetails({
  story,
  actor,
  select,
  heading,
}: {
  story: Story;
  actor: Actor;
  select: Select;
  heading: Heading;
}) {
  const shown = useVisibleSnapshot();
  const links = linksOfActor(story, actor.id);
  const offices = links.filter((l) => l.kind === 'office-held' && l.from === actor.id);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" ref={heading} tabIndex={-1}>
        {actor.name}
      </h2>
      <p className="details__kind">
        {ACTOR_KIND_LABELS[actor.kind]}
        {actor.countryId && story.actorById.has(actor.countryId) && (
          <>
            {' · '}
            <ActorButton story={story} id={actor.countryId} select={select} />
          </>
        )}
      </p>
      {actor.aliases.length > 0 && <p className="muted">Also: {actor.aliases.join(', ')}</p>}
      {actor.description && <p>{actor.description}</p>}
      {!shown.actors.has(actor.id) && <p className="details__note">Not on the graph at this date.</p>}
      <FocusControls actorId={actor.id} actorName={actor.name} />

      {offices.length > 0 && (
        <>
          <h3>Offices held</h3>
          <ul className="details__offices">
            {offices.map((l) => (
              <li key={l.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => select({ type: 'link', id: l.id })}
                >
                  {actorName(story, l.to)}
                </button>{' '}
                <span className="muted">{formatLinkTime(l)}</span>
                <div>{l.description}</div>
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>
        Links in time order ({links.length}, {links.filter((l) => shown.links.has(l.id)).length} on the graph
        now)
      </h3>
      <ol className="details__links">
        {links.map((l) => (
          <li key={l.id} className={shown.links.has(l.id) ? undefined : 'details__link--off'}>
            <div className="details__link-head">
              <span className="details__date">{formatLinkTime(l)}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => select({ type: 'link', id: l.id })}
              >
                {LINK_KIND_LABELS[l.kind]}
              </button>
              <span>
                {l.directed ? (l.from === actor.id ? '→ ' : '← ') : '— '}
                {actorName(story, l.from === actor.id ? l.to : l.from)}
              </span>
              {l.status === 'planned' && <span className="badge">planned</span>}
              {!shown.links.has(l.id) && <span className="visually-hidden">(not on the graph now)</span>}
            </div>
            <div>{l.description}</div>
            <SourceNames sources={l.sourceIds.map((id) => story.sourceById.get(id))} />
          </li>
        ))}
      </ol>
    </article>
  );
}

function LinkDetails({
  story,
  link,
  select,
  heading,
}: {
  story: Story;
  link: Link;
  select: Select;
  heading: Heading;
}) {
  const shown = useVisibleSnapshot();
  const band = toneBand(link.tone);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" ref={heading} tabIndex={-1}>
        {LINK_KIND_LABELS[link.kind]}
        {link.status === 'planned' && <span className="badge">planned</span>}
      </h2>
      <p className="details__ends">
        {link.directed ? (
          <>
            <ActorButton story={story} id={link.from} select={select} /> →{' '}
            <ActorButton story={story} id={link.to} select={select} />
          </>
        ) : (
          <>
            Between <ActorButton story={story} id={link.from} select={select} /> and{' '}
            <ActorButton story={story} id={link.to} select={select} />
          </>
        )}
      </p>
      <dl className="details__facts">
        <dt>When</dt>
        <dd>{formatLinkTime(link)}</dd>
        <dt>Direction</dt>
        <dd>
          {link.directed
            ? `${actorName(story, link.from)} acts on ${actorName(story, link.to)}`
            : 'Mutual (no direction)'}
        </dd>
        <dt>Tone</dt>
        <dd>
          <span className={`tone tone--${band}`}>{link.tone > 0 ? `+${link.tone}` : link.tone}</span>{' '}
          {TONE_BAND_LABELS[band].replace(/ \(.*\)$/, '')}
        </dd>
        <dt>First reported</dt>
        <dd>{formatDay(link.reported)}</dd>
      </dl>
      {!shown.links.has(link.id) && <p className="details__note">Not on the graph at this date.</p>}
      <p>{link.description}</p>
      {link.quotes.length > 0 && (
        <>
          <h3>Quotes</h3>
          {link.quotes.map((q, i) => {
            const source = story.sourceById.get(q.sourceId);
            return (
              <figure key={i} className="details__quote">
                <blockquote>“{q.text}”</blockquote>
                <figcaption>
                  — {actorName(story, q.speakerId)}
                  {source && <span className="muted">, in {source.outlet}</span>}
                </figcaption>
              </figure>
            );
          })}
        </>
      )}
      <h3>Sources ({link.sourceIds.length})</h3>
      <SourceList sources={link.sourceIds.map((id) => story.sourceById.get(id))} />
    </article>
  );
}
