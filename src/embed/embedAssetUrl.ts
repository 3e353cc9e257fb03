let scriptUrl: string | undefined;

/** The first script element whose URL's file is `fileName` (query and hash aside). */
function findScriptNamed(doc: Document, fileName: string): string | undefined {
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    try {
      if (new URL(script.src, doc.baseURI).pathname.endsWith(`/${fileName}`)) return script.src;
    } catch {
      // A src that is not a URL names no file of ours.
    }
  }
  return undefined;
}

/**
 * Remembers the running script's URL. `document.currentScript` is only set while a classic script
 * runs its top level, so each script-tag entry calls this first thing (a module evaluated later,
 * e.g. behind a lazy import, would see null). It is null too when a tag manager or a host's
 * wrapper evaluates the file's text: then the script element whose src names `fileName` (the
 * entry's own file) is taken, so files beside it still load from where it was served.
 */
export function captureScriptUrl(fileName: string, doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc) return;
  const script = doc.currentScript;
  const current = script && 'src' in script && script.src ? script.src : undefined;
  scriptUrl = current ?? findScriptNamed(doc, fileName) ?? scriptUrl;
}

/**
 * The URL of `fileName` beside the embed's script, so files built next to it (DOMPurify, the
 * bundle behind the loader) load from where it was served, whatever page includes it. The page's
 * base URL when the script had no `src` (inlined).
 */
export function embedAssetUrl(fileName: string): string {
  return new URL(fileName, scriptUrl ?? document.baseURI).href;
}
