/** Sources as a reader cites them: outlet, title, authors, date; a link only for a real http(s) address. */
import { formatPartialDate } from '../../domain/dates';
import type { Source } from '../../domain/types';

export function SourceCitation({ source }: { source: Source }) {
  const title = source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  ) : (
    <span className="source__title">{source.title}</span>
  );
  return (
    <span className="source">
      <span className="source__outlet">{source.outlet}</span>: “{title}”
      {source.authors.length > 0 && <> by {source.authors.join(', ')}</>},{' '}
      {formatPartialDate(source.published)}
    </span>
  );
}

export function SourceList({ sources }: { sources: readonly (Source | undefined)[] }) {
  const known = sources.filter((s): s is Source => !!s);
  if (known.length === 0) return <p className="muted">No source cited.</p>;
  return (
    <ul className="details__sources">
      {known.map((s) => (
        <li key={s.id}>
          <SourceCitation source={s} />
        </li>
      ))}
    </ul>
  );
}

/** Sources in one line, outlet names only; the full citation is one click away on the link. */
export function SourceNames({ sources }: { sources: readonly (Source | undefined)[] }) {
  const known = sources.filter((s): s is Source => !!s);
  if (known.length === 0) return <div className="details__source-names">No source cited.</div>;
  return (
    <div className="details__source-names">
      Sources:{' '}
      {known.map((s, i) => (
        <span key={s.id} title={`${s.outlet}: “${s.title}”, ${formatPartialDate(s.published)}`}>
          {i > 0 && ', '}
          {s.outlet}
        </span>
      ))}
    </div>
  );
}
