/** Transport icons as inline SVG: the Unicode media symbols are missing from common system fonts. */
const PATHS = {
  start: 'M2 2h2v12H2z M9 2 4 8l5 6z M15 2l-5 6 5 6z',
  previous: 'M3 2h2v12H3z M13 2 6 8l7 6z',
  play: 'M4 2l10 6-10 6z',
  pause: 'M3 2h4v12H3z M9 2h4v12H9z',
  next: 'M11 2h2v12h-2z M3 2l7 6-7 6z',
  end: 'M12 2h2v12h-2z M7 2l5 6-5 6z M1 2l5 6-5 6z',
  loop: 'M3 8a5 5 0 0 1 8.5-3.5L10 6h4V2l-1.4 1.4A7 7 0 0 0 1 8z M13 8a5 5 0 0 1-8.5 3.5L6 10H2v4l1.4-1.4A7 7 0 0 0 15 8z',
  zoomIn: 'M7 3h2v4h4v2H9v4H7V9H3V7h4z',
  zoomOut: 'M3 7h10v2H3z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      className="timebar__icon"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}

/** A button that shows an icon and is named by its label; the key that does the same is in its tooltip. */
export function IconButton({
  icon,
  label,
  keyHint,
  onClick,
  className,
}: {
  icon: IconName;
  label: string;
  keyHint?: string;
  onClick(): void;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={className}
      onClick={onClick}
      aria-label={label}
      title={keyHint ? `${label} (${keyHint})` : label}
    >
      <Icon name={icon} />
    </button>
  );
}
