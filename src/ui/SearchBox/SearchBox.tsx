/** The header's search: choosing an actor selects it and brings it into view. */
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { ActorCombobox } from './ActorCombobox';

const selectReveal = (s: AppState) => s.revealActor;

export function SearchBox() {
  const revealActor = useAppStore(selectReveal);
  return (
    <ActorCombobox
      className="search-box"
      label="Search actors"
      placeholder="Search actors… (e.g. garcia pena)"
      onChoose={revealActor}
    />
  );
}
