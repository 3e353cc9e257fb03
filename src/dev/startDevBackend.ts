import { createDevBackend, type DevBackend } from './createDevBackend';
import { startDevWorker } from './startDevWorker';

/**
 * Starts the service worker and the fake backend behind it. Loaded with a dynamic import by
 * main.tsx, so MSW and the fake live in their own chunk beside the widget's.
 */
export async function startDevBackend(): Promise<DevBackend> {
  return createDevBackend(await startDevWorker());
}
