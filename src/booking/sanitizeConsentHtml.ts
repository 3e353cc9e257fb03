import { consentSanitizer } from './consentSanitizer';
import { htmlToPlainText } from './htmlToPlainText';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a'];
// Only absolute web and mail links: no javascript:, data:, or relative URLs that would resolve
// against the host page rather than the organizer's site.
const ALLOWED_URI = /^(?:https?:|mailto:)/i;

function escapeHtml(text: string): string {
  return text
    .replace(/&(?!(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Plain text from HTML without a DOM (server rendering): the words `htmlToPlainText` reads, escaped. */
function stripTags(html: string): string {
  return escapeHtml(htmlToPlainText(html));
}

function addLinkAttributes(node: Element): void {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    // Consent texts link to privacy policies: open them beside the half-filled form, and keep
    // the opened page from reaching back into ours (window.opener) or learning where it came from.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

/**
 * Consent and privacy texts from the link (HTML written in HubSpot's settings) made safe to put
 * into the page: a small allow-list of formatting tags and http(s)/mailto links, which open in a
 * new tab with `rel="noopener noreferrer"`. Until `consentSanitizer.load()` has finished, and
 * always without a DOM, the text comes back escaped with every tag removed, never as raw HTML.
 */
export function sanitizeConsentHtml(html: string): string {
  if (!html) return '';
  const instance = consentSanitizer.get();
  if (!instance) return stripTags(html);
  instance.addHook('afterSanitizeAttributes', addLinkAttributes);
  try {
    return instance.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href'],
      ALLOWED_URI_REGEXP: ALLOWED_URI,
      KEEP_CONTENT: true,
      RETURN_TRUSTED_TYPE: false,
    });
  } finally {
    instance.removeHook('afterSanitizeAttributes', addLinkAttributes);
  }
}
