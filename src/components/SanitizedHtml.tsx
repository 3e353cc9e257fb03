import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { consentSanitizer } from '../booking/consentSanitizer';
import { htmlToPlainText } from '../booking/htmlToPlainText';
import { sanitizeConsentFragment } from '../booking/sanitizeConsentHtml';

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
 * Renders organizer-written HTML through the consent allow-list (see `sanitizeConsentHtml`). The
 * sanitized nodes are appended to an element React leaves empty, never set as inner HTML, so it
 * works under a Trusted Types CSP. The sanitizer loads on first use; until then (and on a server)
 * the text shows as plain text.
 */
export function SanitizedHtml({ html, as: Tag = 'div', id, className }: SanitizedHtmlProps) {
  const ready = useSyncExternalStore(consentSanitizer.subscribe, consentSanitizer.isReady, serverSnapshot);
  useEffect(() => {
    if (!ready) void consentSanitizer.load();
  }, [ready]);
  // `ready` is a real input: the same html gives plain text before the sanitizer loads, nodes after.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fragment = useMemo(() => (ready ? sanitizeConsentFragment(html) : undefined), [html, ready]);
  // A callback ref runs in the commit that mounts the element; a copy is appended so a re-run
  // (Strict Mode, a remount) still has the nodes.
  const attach = useCallback((element: HTMLElement | null) => {
    if (element && fragment) element.replaceChildren(fragment.cloneNode(true));
  }, [fragment]);
  const classes = className ? `ms-rich-text ${className}` : 'ms-rich-text';
  if (fragment) {
    if (fragment.childNodes.length === 0) return null;
    return <Tag key="nodes" ref={attach} id={id} className={classes} />;
  }
  const text = ready ? '' : htmlToPlainText(html);
  if (!text) return null;
  return (
    <Tag key="text" id={id} className={classes}>
      {text}
    </Tag>
  );
}
