import { htmlToPlainText } from './htmlToPlainText';
import { sanitizeConsentHtml } from './sanitizeConsentHtml';

/**
 * The words a visitor will read in a consent label: its text after sanitizing, so a label that
 * is only an image, a script or empty formatting counts as no label at all and gets the fallback.
 */
export function consentLabelText(html: string | undefined): string {
  return html ? htmlToPlainText(sanitizeConsentHtml(html)) : '';
}
