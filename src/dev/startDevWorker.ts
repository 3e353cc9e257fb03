import { setupWorker, type SetupWorker } from 'msw/browser';

/**
 * Registers the MSW service worker (public/mockServiceWorker.js) so the widget's requests show in
 * the network tab as real requests. Handlers are installed later by createDevBackend. Requests the
 * fake does not know pass through silently, except API calls, which are worth a warning.
 */
export async function startDevWorker(): Promise<SetupWorker> {
  const worker = setupWorker();
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    quiet: true,
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/scheduler/')) print.warning();
    },
  });
  return worker;
}
