import type {
  GalleryColorScheme,
  GalleryHourCycle,
  GalleryLatency,
  GalleryLocale,
  GalleryPrefill,
  GalleryWidth,
} from './GalleryState';
import { galleryLocales } from './GalleryState';
import { textDirection } from './textDirection';

/** A locale's name in its own language, with its tag: 'Deutsch (Deutschland) · de-DE'. */
function localeLabel(locale: GalleryLocale): string {
  if (locale === 'en-XA') return 'Pseudo-locale · en-XA';
  let name: string = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // Engines without DisplayNames show the tag alone.
  }
  return `${name} · ${locale}${textDirection(locale) === 'rtl' ? ' (right to left)' : ''}`;
}

/** Human labels of the control values, shown in the toolbar's selects. */
export const galleryLabels = {
  locale: Object.fromEntries(galleryLocales.map((locale) => [locale, localeLabel(locale)])) as Record<GalleryLocale, string>,
  hourCycle: { auto: 'From locale', '12': '12-hour', '24': '24-hour' } satisfies Record<GalleryHourCycle, string>,
  colorScheme: { auto: 'System', light: 'Light', dark: 'Dark' } satisfies Record<GalleryColorScheme, string>,
  width: { full: 'Full', '1280': '1280 px', '768': '768 px', '480': '480 px', '320': '320 px' } satisfies Record<GalleryWidth, string>,
  latency: { '0': 'None', '300': '300 ms', '2000': '2 s' } satisfies Record<GalleryLatency, string>,
  prefill: { none: 'None', sample: 'Sample visitor', 'locked-email': 'Locked email' } satisfies Record<
    GalleryPrefill,
    string
  >,
} as const;
