/** One row of the sidebar: a scenario of the fake backend, or a failure variant of one. */
export interface GalleryEntry {
  /** Unique across scenarios and failure variants; what the hash's `scenario` holds. */
  id: string;
  kind: 'scenario' | 'failure';
  title: string;
  /** Sidebar group heading, e.g. "Link types" or "Failures". */
  group: string;
  description: string;
  /** The slug the widget is rendered with (a failure variant uses its base scenario's). */
  slug: string;
}
