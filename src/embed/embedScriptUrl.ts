let scriptUrl: string | undefined;

/**
 * Notes the script-tag bundle's own URL while it runs (`document.currentScript` is only set then),
 * so files shipped next to it (the message catalogs) load from the same place and no other host.
 * Falls back to the first script element whose src names the bundle.
 */
export function rememberEmbedScriptUrl(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc || scriptUrl) return;
  const current = doc.currentScript;
  const script =
    current instanceof HTMLScriptElement && current.src
      ? current
      : doc.querySelector<HTMLScriptElement>('script[src*="meeting-scheduler.embed"]');
  if (script?.src) scriptUrl = script.src;
}

/** A file next to the bundle ('locales/de.js'), or undefined when the bundle's URL is unknown. */
export function embedAssetUrl(path: string): string | undefined {
  if (!scriptUrl) return undefined;
  try {
    return new URL(path, scriptUrl).href;
  } catch {
    return undefined;
  }
}
