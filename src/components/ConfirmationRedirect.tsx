import { useEffect } from 'react';
import type { BookingMessages } from '../i18n/bookingMessages';

/** Props of {@link ConfirmationRedirect}. */
export interface ConfirmationRedirectProps {
  /** An http(s) URL, already checked. */
  url: string;
  /** UI strings. */
  messages: BookingMessages;
  /** Time to read the confirmation first. */
  delayMs?: number;
}

/**
 * Follows the link's redirect URL after a short moment, with a visible link to go at once (or if
 * the automatic navigation is blocked). Leaving the step cancels it.
 */
export function ConfirmationRedirect({ url, messages, delayMs = 3000 }: ConfirmationRedirectProps) {
  useEffect(() => {
    const timer = setTimeout(() => window.location.assign(url), delayMs);
    return () => clearTimeout(timer);
  }, [url, delayMs]);
  return (
    <p className="ms-confirmation__redirect">
      {messages.redirectNotice} <a href={url}>{messages.redirectLink}</a>
    </p>
  );
}
