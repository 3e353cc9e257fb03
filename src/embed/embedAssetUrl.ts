/**
 * The embed script's own URL, read while it runs (`document.currentScript` is only set then), so
 * files built next to it (DOMPurify, the bundle behind the loader) load from where it was served,
 * whatever page includes it.
 */
const scriptUrl: string | undefined =
  typeof document !== 'undefined' && document.currentScript && 'src' in document.currentScript && document.currentScript.src
    ? document.currentScript.src
    : undefined;

/** The URL of `fileName` beside the running embed script (the page's base URL for an inline script). */
export function embedAssetUrl(fileName: string): string {
  return new URL(fileName, scriptUrl ?? document.baseURI).href;
}
