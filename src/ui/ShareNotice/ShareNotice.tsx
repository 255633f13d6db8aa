/** Says what went wrong with a link or snapshot that opened only in part, or not at all. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { CappedList, DismissButton } from '../common/MessageParts';
import './ShareNotice.css';

const MAX_SHOWN = 20;
const selectNotice = (s: AppState) => ({ notice: s.shareNotice, show: s.showShareNotice });

export function ShareNotice() {
  const { notice, show } = useAppStore(useShallow(selectNotice));
  if (!notice) return null;
  return <Notice key={notice.title} notice={notice} dismiss={() => show(null)} />;
}

function Notice({ notice, dismiss }: { notice: NonNullable<AppState['shareNotice']>; dismiss(): void }) {
  return (
    <section className="share-notice" role="alert" aria-labelledby="share-notice-title">
      <div>
        <h2 id="share-notice-title">{notice.title}</h2>
        <CappedList items={notice.details} max={MAX_SHOWN} />
      </div>
      <DismissButton onDismiss={dismiss} />
    </section>
  );
}
