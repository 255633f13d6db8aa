/** Says what went wrong with a link or snapshot that opened only in part, or not at all. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { useReturnFocus } from '../common/returnFocus';
import './ShareNotice.css';

const MAX_SHOWN = 20;
const selectNotice = (s: AppState) => ({ notice: s.shareNotice, show: s.showShareNotice });

export function ShareNotice() {
  const { notice, show } = useAppStore(useShallow(selectNotice));
  if (!notice) return null;
  return <Notice key={notice.title} notice={notice} dismiss={() => show(null)} />;
}

function Notice({ notice, dismiss }: { notice: NonNullable<AppState['shareNotice']>; dismiss(): void }) {
  const returnFocus = useReturnFocus();
  return (
    <section className="share-notice" role="alert" aria-labelledby="share-notice-title">
      <div>
        <h2 id="share-notice-title">{notice.title}</h2>
        <ul>
          {notice.details.slice(0, MAX_SHOWN).map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
        {notice.details.length > MAX_SHOWN && <p>…and {notice.details.length - MAX_SHOWN} more.</p>}
      </div>
      <button
        type="button"
        onClick={() => {
          returnFocus();
          dismiss();
        }}
      >
        Dismiss
      </button>
    </section>
  );
}
