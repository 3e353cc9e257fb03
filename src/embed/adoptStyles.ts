/** One parsed sheet per document, shared by every widget on the page. */
const sheetsByDocument = new WeakMap<Document, CSSStyleSheet>();

function canAdopt(root: ShadowRoot): boolean {
  const view = root.ownerDocument.defaultView;
  return Boolean(view && 'adoptedStyleSheets' in root && 'replaceSync' in view.CSSStyleSheet.prototype);
}

/**
 * Applies `cssText` inside a shadow root: a constructable stylesheet adopted by the root where the
 * browser supports it (parsed once per page), otherwise a `<style>` element in the root. Either
 * way nothing is added to the host page's own styles.
 */
export function adoptStyles(root: ShadowRoot, cssText: string): void {
  if (canAdopt(root)) {
    try {
      const document = root.ownerDocument;
      let sheet = sheetsByDocument.get(document);
      if (!sheet) {
        // The sheet must come from the root's own window (iframes have their own constructor).
        sheet = new (document.defaultView as Window & typeof globalThis).CSSStyleSheet();
        sheet.replaceSync(cssText);
        sheetsByDocument.set(document, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      return;
    } catch {
      // Fall through to a <style> element (older engines throw on some adoptions).
    }
  }
  if (root.querySelector('style[data-ms-embed]')) return;
  const style = root.ownerDocument.createElement('style');
  style.setAttribute('data-ms-embed', '');
  style.textContent = cssText;
  root.prepend(style);
}
