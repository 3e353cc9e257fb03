/** The icons the widget draws, as 24×24 stroke paths. */
const PATHS = {
  chevronStart: 'M15 6l-6 6 6 6',
  chevronEnd: 'M9 6l6 6-6 6',
  chevronDown: 'M6 9l6 6 6-6',
  clock: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  globe: 'M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  pin: 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  video: 'M3 7h12v10H3zM15 10l6-3v10l-6-3',
  calendar: 'M4 6h16v15H4zM4 10h16M8 3v4M16 3v4',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
} as const;

/** Name of an icon. */
export type IconName = keyof typeof PATHS;

/**
 * A decorative inline icon in the text colour (hidden from assistive technology: the text beside
 * it says the same). `chevronStart`/`chevronEnd` flip in right-to-left layouts through CSS.
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="ms-icon" data-icon={name} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
