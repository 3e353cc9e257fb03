import { attributesToProps } from './attributesToProps';
import { bookingInfoUrl } from './bookingInfoUrl';
import { embedAssetUrl } from './embedAssetUrl';
import { embedFiles, MEETING_SCHEDULER_TAG } from './embedFiles';
import { loadScript } from './loadScript';
import { prefetch } from './prefetchedResponses';

function prefetchElements(root: ParentNode): void {
  for (const element of root.querySelectorAll(MEETING_SCHEDULER_TAG)) {
    const url = bookingInfoUrl(attributesToProps(element));
    if (url) prefetch(url);
  }
}

/**
 * What meeting-scheduler.js (the loader, a few kB) does: starts the booking-info request of each
 * `<meeting-scheduler>` already in the page, loads the embed from beside itself in parallel, and,
 * if the page is still parsing, catches the elements that come after the script too. The embed
 * claims those responses instead of asking again (see `fetchWithPrefetch`).
 */
export function startLoader(): void {
  prefetchElements(document);
  if (document.readyState === 'loading') {
    // Once the embed has defined the element, widgets fetch for themselves: no second request.
    const later = (): void => {
      if (!customElements.get(MEETING_SCHEDULER_TAG)) prefetchElements(document);
    };
    document.addEventListener('DOMContentLoaded', later, { once: true });
  }
  if (customElements.get(MEETING_SCHEDULER_TAG)) return;
  loadScript(embedAssetUrl(embedFiles.embed)).catch((error: unknown) => {
    console.error('[meeting-scheduler] the embed could not load:', error);
  });
}
