/**
 * The graph at the current time as two sortable tables, actors and links. It is also the way in for
 * keyboard and screen-reader users: each row's first cell is a button that selects it in the graph.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { actorName, formatLinkTime } from '../../domain/linkText';
import type { Story } from '../../domain/types';
import { ACTOR_KIND_LABELS, LINK_KIND_LABELS } from '../../domain/vocabulary';
import { useAppStore } from '../../store/StoreContext';
import type { AppState, Selection } from '../../store/appStore';
import { useVisibleSnapshot } from '../common/useVisible';
import '../common/common.css';
import './TableView.css';

const selectTable = (s: AppState) => ({ story: s.story, selection: s.selection, select: s.select });

interface Column<Row> {
  key: string;
  label: string;
  value(row: Row): string | number;
  /** Shown text, when it differs from the sort value. */
  text?(row: Row): string;
  numeric?: boolean;
}

interface Sort {
  key: string;
  ascending: boolean;
}

export function TableView() {
  const { story, selection, select } = useAppStore(useShallow(selectTable));
  const shown = useVisibleSnapshot();
  const [which, setWhich] = useState<'actors' | 'links'>('actors');
  if (!story) return null;
  return (
    <div className="table-view">
      <div className="segmented" role="group" aria-label="Show">
        <button type="button" aria-pressed={which === 'actors'} onClick={() => setWhich('actors')}>
          Actors ({shown.actors.size})
        </button>
        <button type="button" aria-pressed={which === 'links'} onClick={() => setWhich('links')}>
          Links ({shown.links.size})
        </button>
      </div>
      {which === 'actors' ? (
        <ActorTable
          story={story}
          ids={shown.actors}
          linkIds={shown.links}
          selection={selection}
          select={select}
        />
      ) : (
        <LinkTable story={story} ids={shown.links} selection={selection} select={select} />
      )}
    </div>
  );
}

interface TableProps {
  story: Story;
  ids: ReadonlySet<string>;
  selection: Selection;
  select(s: Selection): void;
}

function ActorTable({
  story,
  ids,
  linkIds,
  selection,
  select,
}: TableProps & { linkIds: ReadonlySet<string> }) {
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const id of linkIds) {
      const l = story.linkById.get(id)!;
      d.set(l.from, (d.get(l.from) ?? 0) + 1);
      d.set(l.to, (d.get(l.to) ?? 0) + 1);
    }
    return d;
  }, [story, linkIds]);
  const rows = useMemo(() => [...ids].map((id) => story.actorById.get(id)!).filter(Boolean), [story, ids]);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: 'name', label: 'Name', value: (a) => a.name },
    { key: 'kind', label: 'Kind', value: (a) => ACTOR_KIND_LABELS[a.kind] },
    { key: 'country', label: 'Country', value: (a) => (a.countryId ? actorName(story, a.countryId) : '') },
    { key: 'links', label: 'Links', value: (a) => degree.get(a.id) ?? 0, numeric: true },
  ];
  return (
    <SortableTable
      caption="Actors on the graph now"
      rows={rows}
      columns={columns}
      initial={{ key: 'links', ascending: false }}
      rowId={(a) => a.id}
      selectedId={selection?.type === 'actor' ? selection.id : null}
      onChoose={(a) => select({ type: 'actor', id: a.id })}
    />
  );
}

function LinkTable({ story, ids, selection, select }: TableProps) {
  const rows = useMemo(() => [...ids].map((id) => story.linkById.get(id)!).filter(Boolean), [story, ids]);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    {
      key: 'kind',
      label: 'Kind',
      value: (l) => LINK_KIND_LABELS[l.kind] + (l.status === 'planned' ? ' (planned)' : ''),
    },
    { key: 'date', label: 'When', value: (l) => l.start, text: formatLinkTime },
    { key: 'from', label: 'From', value: (l) => actorName(story, l.from) },
    { key: 'to', label: 'To', value: (l) => actorName(story, l.to) },
    {
      key: 'tone',
      label: 'Tone',
      value: (l) => l.tone,
      text: (l) => (l.tone > 0 ? `+${l.tone}` : `${l.tone}`),
      numeric: true,
    },
  ];
  return (
    <SortableTable
      caption="Links on the graph now"
      rows={rows}
      columns={columns}
      initial={{ key: 'date', ascending: true }}
      rowId={(l) => l.id}
      selectedId={selection?.type === 'link' ? selection.id : null}
      onChoose={(l) => select({ type: 'link', id: l.id })}
    />
  );
}

function SortableTable<Row>({
  caption,
  rows,
  columns,
  initial,
  rowId,
  selectedId,
  onChoose,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  initial: Sort;
  rowId(row: Row): string;
  selectedId: string | null;
  onChoose(row: Row): void;
}) {
  const [sort, setSort] = useState<Sort>(initial);
  const column = columns.find((c) => c.key === sort.key) ?? columns[0]!;
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    // Ties go by the first column (the name), then by id, so the order never depends on arrival.
    const byName = String(columns[0]!.value(a)).localeCompare(String(columns[0]!.value(b)));
    return (sort.ascending ? c : -c) || byName || rowId(a).localeCompare(rowId(b));
  });
  const [first, ...rest] = columns;
  return (
    <table className="table-view__table">
      <caption className="visually-hidden">
        {caption}, sorted by {column.label} {sort.ascending ? 'ascending' : 'descending'}
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={c.numeric ? 'table-view__num' : undefined}
              aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                onClick={() =>
                  setSort((s) => ({ key: c.key, ascending: s.key === c.key ? !s.ascending : !c.numeric }))
                }
              >
                {c.label}
                <span aria-hidden="true">{sort.key === c.key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const id = rowId(row);
          const text = (c: Column<Row>) => (c.text ? c.text(row) : String(c.value(row)));
          return (
            <tr
              key={id}
              aria-current={id === selectedId ? true : undefined}
              className={id === selectedId ? 'is-selected' : undefined}
            >
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onChoose(row)}>
                  {text(first!)}
                </button>
              </th>
              {rest.map((c) => (
                <td key={c.key} className={c.numeric ? 'table-view__num' : undefined}>
                  {text(c)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
