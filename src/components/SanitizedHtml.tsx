import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { consentSanitizer } from '../booking/consentSanitizer';
import { sanitizeConsentHtml } from '../booking/sanitizeConsentHtml';

/** Props of {@link SanitizedHtml}. */
export interface SanitizedHtmlProps {
  /** HTML from the API (consent and privacy texts). */
  html: string;
  /** `span` inside labels, `div` for blocks of text. */
  as?: 'div' | 'span';
  /** An id, e.g. for `aria-describedby`. */
  id?: string;
  /** An extra class next to `ms-rich-text`. */
  className?: string;
}

const serverSnapshot = () => false;

/**
 * Renders organizer-written HTML through the consent allow-list (see `sanitizeConsentHtml`):
 * the only place the widget sets inner HTML, and never with unsanitized text. The sanitizer loads
 * on first use; until then (and on a server) the text shows as plain, escaped text.
 */
export function SanitizedHtml({ html, as: Tag = 'div', id, className }: SanitizedHtmlProps) {
  const ready = useSyncExternalStore(consentSanitizer.subscribe, consentSanitizer.isReady, serverSnapshot);
  useEffect(() => {
    if (!ready) void consentSanitizer.load();
  }, [ready]);
  // `ready` is a real input: the same html gives plain text before the sanitizer loads, HTML after.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const safe = useMemo(() => sanitizeConsentHtml(html), [html, ready]);
  if (!safe) return null;
  return <Tag id={id} className={className ? `ms-rich-text ${className}` : 'ms-rich-text'} dangerouslySetInnerHTML={{ __html: safe }} />;
}
