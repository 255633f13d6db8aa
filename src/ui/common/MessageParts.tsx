/** The parts the problems banner and the share notice have in common. */
import { useReturnFocus } from './returnFocus';

/** The first `max` items, then how many more there are: a long list of problems stays readable. */
export function CappedList({ items, max }: { items: readonly string[]; max: number }) {
  return (
    <>
      <ul>
        {items.slice(0, max).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {items.length > max && <p>…and {items.length - max} more.</p>}
    </>
  );
}

/**
 * Dismisses a message and puts focus back where it was when the message appeared. Mount it with the
 * message (a keyed message remembers the focus of its own appearance).
 */
export function DismissButton({ onDismiss }: { onDismiss(): void }) {
  const returnFocus = useReturnFocus();
  return (
    <button
      type="button"
      onClick={() => {
        returnFocus();
        onDismiss();
      }}
    >
      Dismiss
    </button>
  );
}
