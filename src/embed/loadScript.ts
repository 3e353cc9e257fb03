import { trustedScriptUrl } from '../booking/widgetTrustedTypesPolicy';

/**
 * Adds a classic `<script async>` for `url` to the page's head; resolves when it has run, rejects
 * when it fails to load. A classic script, not `import()`: it needs no CORS from the embed's host.
 */
export function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`meeting-scheduler: could not load ${url}`));
    };
    // A TrustedScriptURL where the page enforces Trusted Types: a plain string would be refused.
    script.src = trustedScriptUrl(url);
    document.head.append(script);
  });
}
