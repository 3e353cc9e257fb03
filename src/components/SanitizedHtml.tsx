import { useMemo } from 'react';
import { sanitizeConsentHtml } from '../booking/sanitizeConsentHtml';

/** Props of {@link SanitizedHtml}. */
export interface SanitizedHtmlProps {
  /** HTML from the API (consent and privacy texts). */
  html: string;
  /** `span` inside labels, `div` for blocks of text. */
  as?: 'div' | 'span';
  /** The control's id; error and hint ids derive from it. */
  id?: string;
  /** An extra class next to `ms-rich-text`. */
  className?: string;
}

/**
 * Renders organizer-written HTML through the consent allow-list (see `sanitizeConsentHtml`):
 * the only place the widget sets inner HTML, and never with unsanitized text.
 */
export function SanitizedHtml({ html, as: Tag = 'div', id, className }: SanitizedHtmlProps) {
  const safe = useMemo(() => sanitizeConsentHtml(html), [html]);
  if (!safe) return null;
  return <Tag id={id} className={className ? `ms-rich-text ${className}` : 'ms-rich-text'} dangerouslySetInnerHTML={{ __html: safe }} />;
}
