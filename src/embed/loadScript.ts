import { trustedScriptUrl } from '../booking/widgetTrustedTypesPolicy';
import { SHARED_MODULES_PROPERTY } from './embedFiles';

/**
 * Adds a classic `<script async>` for `url` to the page's head; resolves when it has run, rejects
 * when it fails to load. A classic script, not `import()`: it needs no CORS from the embed's host.
 * `handOver` is set on the element as `SHARED_MODULES_PROPERTY`, for the script to read through
 * `document.currentScript` as it runs.
 */
export function loadScript(url: string, handOver?: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (handOver !== undefined) Object.defineProperty(script, SHARED_MODULES_PROPERTY, { value: handOver });
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
