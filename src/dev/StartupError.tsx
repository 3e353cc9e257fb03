/** Props of StartupError. */
export interface StartupErrorProps {
  /** What failed, as the browser said it. */
  detail: string;
}

/**
 * Shown instead of the gallery when the mock service worker cannot start (e.g. a non-localhost
 * http address, or a private window that disables service workers): without it no scenario works.
 */
export function StartupError({ detail }: StartupErrorProps) {
  return (
    <main className="dev-fatal">
      <h1>The fake backend could not start</h1>
      <p>
        The gallery answers the widget&apos;s requests with a service worker (<code>mockServiceWorker.js</code>).
        Service workers need <code>http://localhost</code>, <code>http://127.0.0.1</code> or https, and are off in
        some private windows.
      </p>
      <p>
        The browser said: <code>{detail}</code>
      </p>
    </main>
  );
}
