import { catalogLocales, type CatalogLocale } from '../i18n/catalogLocales';

/**
 * What the gallery shows: the selected scenario and the controls around it. Kept in the URL hash
 * (see parseGalleryHash / formatGalleryHash) so any view can be linked.
 */

/** Tags the locale control uses for some shipped catalogs: a region where it shows something (ar-EG: Arabic-Indic digits). */
const regionalTags = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', ja: 'ja-JP', ar: 'ar-EG' } as const;
type RegionalTags = typeof regionalTags;

/** A value of the locale control: every shipped catalog, some under a regional tag. */
export type GalleryLocale = Exclude<CatalogLocale, keyof RegionalTags> | RegionalTags[keyof RegionalTags];

/** Locales offered by the locale control: every shipped catalog (en-XA is the pseudo-locale). */
export const galleryLocales: readonly GalleryLocale[] = catalogLocales.map((locale) =>
  locale in regionalTags ? regionalTags[locale as keyof RegionalTags] : (locale as Exclude<CatalogLocale, keyof RegionalTags>),
);

/** `auto` leaves the clock to the locale; otherwise the widget's `hourCycle` prop. */
export const galleryHourCycles = ['auto', '12', '24'] as const;
export type GalleryHourCycle = (typeof galleryHourCycles)[number];

export const galleryColorSchemes = ['auto', 'light', 'dark'] as const;
export type GalleryColorScheme = (typeof galleryColorSchemes)[number];

/** Container widths in px, or `full` for the whole stage. 320 is the smallest width the widget supports. */
export const galleryWidths = ['full', '1280', '768', '480', '320'] as const;
export type GalleryWidth = (typeof galleryWidths)[number];

/** Added response delay of the fake backend, in ms. */
export const galleryLatencies = ['0', '300', '2000'] as const;
export type GalleryLatency = (typeof galleryLatencies)[number];

/** Form prefill presets, see prefillPresets. */
export const galleryPrefills = ['none', 'sample', 'locked-email'] as const;
export type GalleryPrefill = (typeof galleryPrefills)[number];

/** The React component, or the script-tag bundle on a plain page. */
export const galleryTabs = ['component', 'script-tag'] as const;
export type GalleryTab = (typeof galleryTabs)[number];

export interface GalleryState {
  /** Id of a scenario or failure variant (see galleryEntries). */
  scenario: string;
  /** IANA zone of the visitor; `undefined` = the browser's own zone. */
  timezone: string | undefined;
  locale: GalleryLocale;
  hourCycle: GalleryHourCycle;
  colorScheme: GalleryColorScheme;
  width: GalleryWidth;
  latency: GalleryLatency;
  prefill: GalleryPrefill;
  tab: GalleryTab;
}

/**
 * The first view of a fresh `npm run dev`: a link with several free days and many times a day,
 * a video location and a join link, so the widget is seen at its best; the documentation's
 * sample (`menelson`, one time in a month) stays first in the sidebar.
 */
export const defaultGalleryState: GalleryState = {
  scenario: 'web-conference',
  timezone: undefined,
  locale: 'en-US',
  hourCycle: 'auto',
  colorScheme: 'auto',
  width: 'full',
  latency: '0',
  prefill: 'none',
  tab: 'component',
};
