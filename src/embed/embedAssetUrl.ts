let scriptUrl: string | undefined;

/**
 * Remembers the running script's URL. `document.currentScript` is only set while a classic script
 * runs its top level, so each script-tag entry calls this first thing (a module evaluated later,
 * e.g. behind a lazy import, would see null).
 */
export function captureScriptUrl(): void {
  const script = typeof document === 'undefined' ? null : document.currentScript;
  if (script && 'src' in script && script.src) scriptUrl = script.src;
}

/**
 * The URL of `fileName` beside the embed's script, so files built next to it (DOMPurify, the
 * bundle behind the loader) load from where it was served, whatever page includes it. The page's
 * base URL when the script had no `src` (inlined).
 */
export function embedAssetUrl(fileName: string): string {
  return new URL(fileName, scriptUrl ?? document.baseURI).href;
}
