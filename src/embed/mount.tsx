import { createRoot, type Root } from 'react-dom/client';
import { MeetingScheduler } from '../components/MeetingScheduler';
import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import { adoptStyles } from './adoptStyles';
import { embedStyles } from './embedStyles';
import { prefetchedBookingInfoState } from './prefetchedBookingInfoState';
import { fetchWithPrefetch } from './prefetchedResponses';
import type { MountHandle } from './MountHandle';
import { reportEmbedError } from './reportEmbedError';
import { withEventDispatch } from './withEventDispatch';

/** The live instance per host element, so mounting twice replaces instead of stacking roots. */
const handlesByHost = new WeakMap<Element, MountHandle>();

function isShadowRoot(target: unknown): target is ShadowRoot {
  // Not `instanceof`: the target may come from another window (an iframe).
  return typeof target === 'object' && target !== null && (target as Node).nodeType === 11 && 'host' in target;
}

function isElement(target: unknown): target is Element {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === 1;
}

function openShadowRoot(element: Element): ShadowRoot {
  if (element.shadowRoot) return element.shadowRoot;
  try {
    return element.attachShadow({ mode: 'open' });
  } catch (cause) {
    throw new TypeError(
      `meeting-scheduler: cannot render into <${element.localName}> (it cannot hold a shadow root); mount into a <div>.`,
      { cause },
    );
  }
}

/**
 * Ends the loads of removed images. Chromium keeps an image that is still loading alive, and with
 * it, through parent pointers and Preact's fields on each node, the whole removed widget (DOM,
 * components, React Query data) until the load ends: with a slow or unreachable logo host that was
 * ~100 kB and ~230 DOM nodes per unmount, for as long as the host took (issue 13, item 10). An
 * empty `src`, not a removed one: removing it re-registers the detached image as a viewport
 * listener of the document, which holds it just the same.
 */
function releaseImages(images: readonly HTMLImageElement[]): void {
  for (const image of images) image.setAttribute('src', '');
}

/**
 * Renders a `<MeetingScheduler>` into `target`: into the given shadow root, or into an element's
 * open shadow root (created when missing), with the widget's stylesheet adopted there so the page's
 * CSS and the widget's never meet. The four evented callbacks also dispatch their DOM events
 * (`meeting-scheduler:ready` ...) on the host element.
 *
 * Throws a TypeError for misuse (no element, no slug); failures while rendering are reported as
 * a `meeting-scheduler:error` event and one console.error instead, so the page keeps working.
 */
export function mount(target: Element | ShadowRoot, props: MeetingSchedulerProps): MountHandle {
  if (!isShadowRoot(target) && !isElement(target)) {
    throw new TypeError('meeting-scheduler: mount(target, props) needs an element or a shadow root as target.');
  }
  if (typeof props !== 'object' || props === null || typeof props.slug !== 'string' || props.slug.trim() === '') {
    throw new TypeError('meeting-scheduler: mount(target, props) needs props.slug, the scheduling page slug.');
  }
  const host = isShadowRoot(target) ? target.host : target;
  handlesByHost.get(host)?.unmount();

  const shadowRoot = isShadowRoot(target) ? target : openShadowRoot(target);
  adoptStyles(shadowRoot, embedStyles);
  const container = shadowRoot.ownerDocument.createElement('div');
  container.className = 'ms-embed';
  shadowRoot.append(container);

  // Without a fetch of the host's own, the first request may already be running (the loader's),
  // or even be done: then the first render shows its data.
  const dehydratedState = props.dehydratedState ?? prefetchedBookingInfoState(props);
  let currentProps: MeetingSchedulerProps = { fetch: fetchWithPrefetch, ...props, dehydratedState };
  let root: Root | null = null;
  let active = true;
  const render = (): void => {
    try {
      root ??= createRoot(container, {
        // React 19 reports render errors here instead of throwing; the widget's own error boundary
        // handles most of them, this catches the rest.
        onUncaughtError: (error: unknown) => reportEmbedError(host, error),
      });
      root.render(<MeetingScheduler {...withEventDispatch(host, currentProps)} />);
    } catch (error) {
      reportEmbedError(host, error);
    }
  };

  const handle: MountHandle = {
    update(nextProps) {
      if (!active) return;
      currentProps = { ...currentProps, ...nextProps };
      render();
    },
    unmount() {
      if (!active) return;
      active = false;
      if (handlesByHost.get(host) === handle) handlesByHost.delete(host);
      const images = [...container.querySelectorAll('img')];
      try {
        root?.unmount();
      } catch (error) {
        reportEmbedError(host, error);
      }
      root = null;
      container.remove();
      releaseImages(images);
    },
  };
  render();
  handlesByHost.set(host, handle);
  return handle;
}
