import type { Config } from 'dompurify';
import { consentSanitizer } from './consentSanitizer';
import { widgetTrustedTypesPolicy } from './widgetTrustedTypesPolicy';
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

function config(): Config {
  const policy = widgetTrustedTypesPolicy();
  return {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    KEEP_CONTENT: true,
    // Under `require-trusted-types-for 'script'` DOMPurify's parsing needs a policy: ours when the
    // page allows its name, else DOMPurify's default (`dompurify`).
    ...(policy ? { TRUSTED_TYPES_POLICY: policy as NonNullable<Config['TRUSTED_TYPES_POLICY']> } : {}),
  };
}

function withLinkHook<T>(run: (instance: NonNullable<ReturnType<typeof consentSanitizer.get>>) => T): T | undefined {
  const instance = consentSanitizer.get();
  if (!instance) return undefined;
  instance.addHook('afterSanitizeAttributes', addLinkAttributes);
  try {
    return run(instance);
  } finally {
    instance.removeHook('afterSanitizeAttributes', addLinkAttributes);
  }
}

/**
 * Consent and privacy texts from the link (HTML written in HubSpot's settings) made safe, as a
 * string for places that read its words: a small allow-list of formatting tags and
 * http(s)/mailto links, which open in a new tab with `rel="noopener noreferrer"`. Until
 * `consentSanitizer.load()` has finished, and always without a DOM, the text comes back escaped
 * with every tag removed, never as raw HTML. Rendering uses {@link sanitizeConsentFragment}.
 */
export function sanitizeConsentHtml(html: string): string {
  if (!html) return '';
  const sanitized = withLinkHook((instance) => instance.sanitize(html, { ...config(), RETURN_TRUSTED_TYPE: false }));
  return sanitized ?? stripTags(html);
}

/**
 * The same sanitized text as nodes, for the view to append: no HTML string is ever assigned to
 * `innerHTML`, so it renders under Trusted Types. Undefined until the sanitizer has loaded.
 */
export function sanitizeConsentFragment(html: string): DocumentFragment | undefined {
  if (!html) return undefined;
  return withLinkHook((instance) => instance.sanitize(html, { ...config(), RETURN_DOM_FRAGMENT: true }));
}
