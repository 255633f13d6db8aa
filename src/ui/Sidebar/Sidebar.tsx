/**
 * The right-hand sidebar: one tab per panel. Tabs come in as a list, so adding a panel is one more
 * entry where the sidebar is composed (App.tsx). Selecting something in the graph brings the
 * details tab forward, unless the open tab shows the selection itself.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Selection } from '../../store/appStore';
import { useAppStoreApi } from '../../store/StoreContext';
import './Sidebar.css';

export interface SidebarTab {
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
  /** Stay on this tab when the selection changes to one it shows itself (true: any selection). */
  readonly keepOnSelect?: boolean | ((selection: NonNullable<Selection>) => boolean);
}

export const DETAILS_TAB = 'details';

export function Sidebar({ tabs, initial = DETAILS_TAB }: { tabs: readonly SidebarTab[]; initial?: string }) {
  const store = useAppStoreApi();
  const [active, setActive] = useState(initial);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(
    () =>
      store.subscribe(
        (s) => s.selection,
        (selection) => {
          if (!selection || !tabs.some((t) => t.id === DETAILS_TAB)) return;
          setActive((open) => {
            const keep = tabs.find((t) => t.id === open)?.keepOnSelect;
            return keep === true || (typeof keep === 'function' && keep(selection)) ? open : DETAILS_TAB;
          });
        },
      ),
    [store, tabs],
  );

  const current = tabs.find((t) => t.id === active) ?? tabs[0];

  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current?.id);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    setActive(next.id);
    buttons.current.get(next.id)?.focus();
  };

  return (
    <aside className="sidebar" aria-label="Explore">
      <div role="tablist" className="sidebar__tabs" aria-label="Panels" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) buttons.current.set(t.id, el);
              else buttons.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={t.id === current?.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`panel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
          className="sidebar__panel"
        >
          {current.content}
        </div>
      )}
    </aside>
  );
}
