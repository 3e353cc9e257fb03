/** The icons of the first load, as 24×24 stroke paths. */
const PATHS = {
  chevronStart: 'M15 6l-6 6 6 6',
  chevronEnd: 'M9 6l6 6-6 6',
  chevronDown: 'M6 9l6 6 6-6',
  clock: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  pin: 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
} as const;

/** Name of an icon of the first load. */
export type IconName = keyof typeof PATHS;

/** Props of {@link Icon}: an icon of the first load by name, or any icon by name and path. */
export type IconProps = { name: IconName } | { name: string; path: string };

/**
 * A decorative inline icon in the text colour (hidden from assistive technology: the text beside
 * it says the same). `chevronStart`/`chevronEnd` flip in right-to-left layouts through CSS. Views
 * loaded on demand pass their own paths (see Confirmation), so those stay out of the first load.
 */
export function Icon(props: IconProps) {
  return (
    <svg className="ms-icon" data-icon={props.name} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={'path' in props ? props.path : PATHS[props.name]} />
    </svg>
  );
}
