/**
 * Reports an error thrown by a host page's callback without letting it break the widget: the
 * booking flow goes on, and the error still reaches the console and `window.onerror` the way an
 * uncaught error would (`reportError` is the platform's way to do exactly that).
 */
export function reportHostError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
