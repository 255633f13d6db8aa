/** Says what was wrong with a story that failed to load; the story on screen stays as it was. */
import { useShallow } from 'zustand/react/shallow';
import { formatProblem } from '../../io/problems';
import { useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/appStore';
import { CappedList, DismissButton } from '../common/MessageParts';

const MAX_SHOWN = 50;
const selectProblems = (s: AppState) => ({ problems: s.loadProblems, dismiss: s.dismissLoadProblems });

export function ProblemsBanner() {
  const { problems, dismiss } = useAppStore(useShallow(selectProblems));
  if (!problems) return null;
  // Keyed, so a second failed file is a new banner that remembers where focus was then.
  return <Banner key={problems.source} problems={problems} dismiss={dismiss} />;
}

type LoadProblems = NonNullable<AppState['loadProblems']>;

function Banner({ problems, dismiss }: { problems: LoadProblems; dismiss(): void }) {
  const list = problems.problems;
  return (
    <section className="problems" role="alert" aria-labelledby="problems-title">
      <h2 id="problems-title">
        Could not open {problems.source}: {list.length} problem{list.length === 1 ? '' : 's'}
      </h2>
      <p>Nothing from it was loaded; the story you had is still here.</p>
      <CappedList items={list.map(formatProblem)} max={MAX_SHOWN} />
      <DismissButton onDismiss={dismiss} />
    </section>
  );
}
