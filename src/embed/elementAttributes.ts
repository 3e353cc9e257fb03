/**
 * The attributes `<meeting-scheduler>` reads (kebab case of the props). A change to any of them
 * re-renders the widget.
 */
export const elementAttributes = [
  'slug',
  'api-base-url',
  'api-version',
  'timezone',
  'locale',
  'color-scheme',
  'hour-cycle',
  'redirect-on-booked',
] as const;

/** One of `<meeting-scheduler>`'s attributes. */
export type ElementAttribute = (typeof elementAttributes)[number];
