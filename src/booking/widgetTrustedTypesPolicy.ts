/**
 * The Trusted Types policy name the widget creates: a host page whose CSP has
 * `require-trusted-types-for 'script'` and a `trusted-types` list allows it by adding this name.
 */
export const WIDGET_TRUSTED_TYPES_POLICY_NAME = 'meeting-scheduler';

/** The two callbacks DOMPurify needs of a policy (lib.dom has no Trusted Types yet). */
export interface WidgetTrustedTypesPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string; createScriptURL: (input: string) => string }): WidgetTrustedTypesPolicy;
}

let policy: WidgetTrustedTypesPolicy | null | undefined;
/** Script URLs the widget's own code is loading right now (its files beside the embed). */
const ownScriptUrls = new Set<string>();

/**
 * The widget's one policy, created once: DOMPurify parses consent HTML with it, and the embed
 * loads its own files through it (trustedScriptUrl). For HTML it passes text
 * through unchanged, which is safe only because of where it goes: DOMPurify parses it into an
 * inert document (no scripts run there), and the widget renders the sanitized nodes, never a
 * string, so no HTML from this policy ever reaches a live sink. Not exported from the package.
 * Undefined where the browser has no Trusted Types or the page's CSP refuses the name.
 */
export function widgetTrustedTypesPolicy(): WidgetTrustedTypesPolicy | undefined {
  if (policy !== undefined) return policy ?? undefined;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    policy = factory
      ? factory.createPolicy(WIDGET_TRUSTED_TYPES_POLICY_NAME, {
          createHTML: (input) => input,
          // Only the widget's own files, at the moment its loader asks (trustedScriptUrl); consent
          // texts never get a script URL through this policy.
          createScriptURL: (input) => (ownScriptUrls.has(input) ? input : ''),
        })
      : null;
  } catch {
    // The page's `trusted-types` list does not name the policy: DOMPurify's own one is tried.
    policy = null;
  }
  return policy ?? undefined;
}

/**
 * `url` as a script URL a page enforcing Trusted Types accepts, for the widget's own files (the
 * embed beside the loader, DOMPurify beside the embed). Without Trusted Types, or when the page
 * does not allow the policy, the plain string (the browser then decides).
 */
export function trustedScriptUrl(url: string): string {
  const trusted = widgetTrustedTypesPolicy();
  if (!trusted) return url;
  ownScriptUrls.add(url);
  try {
    return trusted.createScriptURL(url) as string;
  } finally {
    ownScriptUrls.delete(url);
  }
}
