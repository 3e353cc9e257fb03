import type {
  GalleryColorScheme,
  GalleryHourCycle,
  GalleryLatency,
  GalleryLocale,
  GalleryPrefill,
  GalleryWidth,
} from './GalleryState';

/** Human labels of the control values, shown in the toolbar's selects. */
export const galleryLabels = {
  locale: {
    'en-US': 'English (US)',
    'en-GB': 'English (UK)',
    'de-DE': 'Deutsch',
    'fr-FR': 'Français',
    'ja-JP': '日本語',
    'ar-EG': 'العربية (right to left)',
  } satisfies Record<GalleryLocale, string>,
  hourCycle: { auto: 'From locale', '12': '12-hour', '24': '24-hour' } satisfies Record<GalleryHourCycle, string>,
  colorScheme: { auto: 'System', light: 'Light', dark: 'Dark' } satisfies Record<GalleryColorScheme, string>,
  width: { full: 'Full', '1280': '1280 px', '768': '768 px', '480': '480 px', '320': '320 px' } satisfies Record<GalleryWidth, string>,
  latency: { '0': 'None', '300': '300 ms', '2000': '2 s' } satisfies Record<GalleryLatency, string>,
  prefill: { none: 'None', sample: 'Sample visitor', 'locked-email': 'Locked email' } satisfies Record<
    GalleryPrefill,
    string
  >,
} as const;
