import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingInfo } from '../../../src/api/types';
import { bookingInfoUrl } from '../../../src/embed/bookingInfoUrl';
import { PREFETCH_GLOBAL } from '../../../src/embed/embedFiles';
import { mount } from '../../../src/embed/mount';
import { peekPrefetchedBody, prefetch } from '../../../src/embed/prefetchedResponses';
import type { MountHandle } from '../../../src/embed/MountHandle';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();
useFixedClock('2025-10-20T12:00:00Z');

const handles: MountHandle[] = [];
afterEach(() => {
  for (const handle of handles.splice(0)) handle.unmount();
  document.body.replaceChildren();
});

function hostElement(): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

/** The widget's tree inside the host's shadow root, as Testing Library queries. */
function inShadow(host: Element) {
  return within(host.shadowRoot as unknown as HTMLElement);
}

function nextEvent(target: EventTarget, name: string): Promise<CustomEvent> {
  return new Promise((resolve) =>
    target.addEventListener(`meeting-scheduler:${name}`, (event) => resolve(event as CustomEvent), { once: true }),
  );
}

const props = { slug: 'round-robin', timezone: 'America/Chicago', locale: 'en-US' } as const;

describe('mount()', () => {
  it('renders into the element’s open shadow root, with the stylesheet there and not on the page', async () => {
    const host = hostElement();
    handles.push(mount(host, props));
    expect(host.shadowRoot).not.toBeNull();
    expect(host.shadowRoot?.querySelector('.ms-embed')).not.toBeNull();
    // jsdom has no constructable stylesheets: the fallback <style> lives in the shadow root.
    expect(host.shadowRoot?.querySelector('style[data-ms-embed]')?.textContent).toContain(':host{all:initial');
    expect(document.head.querySelector('style')).toBeNull();
    expect(await inShadow(host).findByRole('grid', { name: 'October 2025' }, { timeout: 5000 })).toBeInTheDocument();
    // Nothing of the widget outside the shadow root.
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('dispatches ready on the host, heard on document, with the booking info, and calls onReady too', async () => {
    const host = hostElement();
    const onReady = vi.fn();
    const heard = nextEvent(document, 'ready');
    handles.push(mount(host, { ...props, onReady }));
    const event = await heard;
    expect(event.target).toBe(host);
    expect(event.bubbles && event.composed).toBe(true);
    const info = event.detail as BookingInfo;
    // round-robin's page: a round-robin link with its members.
    expect(info.linkType).toBe('ROUND_ROBIN_CALENDAR');
    expect(info.members.length).toBeGreaterThan(1);
    expect(onReady).toHaveBeenCalledWith(info);
  });

  it('dispatches slot-select with the chosen time when the visitor picks one', async () => {
    const host = hostElement();
    handles.push(mount(host, props));
    const view = inShadow(host);
    const user = userEvent.setup();
    const selected = nextEvent(host, 'slot-select');
    await view.findByRole('grid', { name: 'October 2025' }, { timeout: 5000 });
    await user.click(view.getByRole('button', { name: /^Monday, October 27, 2025(,|$)/ }));
    await user.click(await view.findByRole('radio', { name: '8:00 AM' }));
    const { detail } = await selected;
    expect(detail).toMatchObject({ start: Date.parse('2025-10-27T13:00:00Z'), timezone: 'America/Chicago' });
  });

  it('dispatches error with plain fields for an unknown slug', async () => {
    const host = hostElement();
    const failed = nextEvent(host, 'error');
    handles.push(mount(host, { ...props, slug: 'no-such-page' }));
    const { detail } = await failed;
    expect(detail).toMatchObject({ kind: 'not-found', status: 404 });
  });

  it('update() merges props into the same widget; unmount() removes it and stops updates', async () => {
    const host = hostElement();
    const handle = mount(host, props);
    handles.push(handle);
    await inShadow(host).findByRole('grid', { name: 'October 2025' }, { timeout: 5000 });
    const root = host.shadowRoot?.querySelector('.ms-root');
    handle.update({ colorScheme: 'dark' });
    await waitFor(() => expect(root).toHaveAttribute('data-color-scheme', 'dark'));
    // Same root element: an update re-renders, it does not remount.
    expect(host.shadowRoot?.querySelector('.ms-root')).toBe(root);
    expect(fake.backend.requests.filter((request) => request.path.includes('/book/round-robin'))).toHaveLength(1);

    handle.unmount();
    expect(host.shadowRoot?.querySelector('.ms-embed')).toBeNull();
    handle.update({ colorScheme: 'light' });
    handle.unmount();
    expect(host.shadowRoot?.querySelector('.ms-embed')).toBeNull();
  });

  it('mounting twice on one element replaces the first widget instead of stacking two', async () => {
    const host = hostElement();
    const first = mount(host, props);
    handles.push(first, mount(host, { ...props, colorScheme: 'dark' }));
    expect(host.shadowRoot?.querySelectorAll('.ms-embed')).toHaveLength(1);
    await waitFor(() =>
      expect(host.shadowRoot?.querySelector('.ms-root')).toHaveAttribute('data-color-scheme', 'dark'),
    );
    first.unmount();
    expect(host.shadowRoot?.querySelectorAll('.ms-embed')).toHaveLength(1);
  });

  it('renders into a given shadow root, dispatching on its host', async () => {
    const host = hostElement();
    const shadowRoot = host.attachShadow({ mode: 'open' });
    const ready = nextEvent(host, 'ready');
    handles.push(mount(shadowRoot, props));
    expect(shadowRoot.querySelector('.ms-embed')).not.toBeNull();
    expect((await ready).target).toBe(host);
  });

  it('throws a TypeError for misuse: no element, no slug, an element that cannot hold a shadow root', () => {
    expect(() => mount(null as unknown as Element, props)).toThrow(/needs an element or a shadow root/);
    expect(() => mount(hostElement(), { slug: '  ' })).toThrow(/needs props\.slug/);
    expect(() => mount(document.createElement('input'), props)).toThrow(/mount into a <div>/);
  });
});

describe('mount() after the loader’s request', () => {
  afterEach(() => {
    delete (window as unknown as Record<string, unknown>)[PREFETCH_GLOBAL];
  });

  /** A host whose shadow root is watched from the start: did the loading view ever show? */
  function watchedHost(): { host: HTMLElement; sawLoading: () => boolean } {
    const host = hostElement();
    const root = host.attachShadow({ mode: 'open' });
    let seen = false;
    const observer = new MutationObserver(() => {
      seen ||= root.querySelector('.ms-loading') !== null;
    });
    observer.observe(root, { childList: true, subtree: true });
    return { host, sawLoading: () => seen };
  }

  const bookingInfoRequests = () => fake.backend.requests.filter((request) => request.call === 'getBookingInfo');

  it('renders the calendar in its first render once the answer is in, asking nothing more', async () => {
    const url = bookingInfoUrl(props) as string;
    prefetch(url);
    await waitFor(() => expect(peekPrefetchedBody(url)).toBeDefined());
    const { host, sawLoading } = watchedHost();
    handles.push(mount(host, props));
    expect(await inShadow(host).findByRole('grid', { name: 'October 2025' })).toBeInTheDocument();
    expect(sawLoading()).toBe(false);
    expect(bookingInfoRequests()).toHaveLength(1);
  });

  it('shows the loading view while the answer is on its way, then the same answer', async () => {
    fake.backend.setLatency(300);
    prefetch(bookingInfoUrl(props) as string);
    const { host, sawLoading } = watchedHost();
    handles.push(mount(host, props));
    expect(await inShadow(host).findByRole('grid', { name: 'October 2025' }, { timeout: 5000 })).toBeInTheDocument();
    expect(sawLoading()).toBe(true);
    expect(bookingInfoRequests()).toHaveLength(1);
  });

  it('takes an answer that is no booking info the usual way, and shows the error', async () => {
    fake.backend.setFaults([
      { call: 'getBookingInfo', response: { status: 200, body: { linkAvailability: 'nonsense' } } },
    ]);
    const url = bookingInfoUrl(props) as string;
    prefetch(url);
    await waitFor(() => expect(peekPrefetchedBody(url)).toBeDefined());
    const { host } = watchedHost();
    handles.push(mount(host, props));
    expect(await inShadow(host).findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(inShadow(host).getByRole('alert')).toHaveTextContent('an answer we could not read');
    // The widget's own query took the loader's answer, so it is gone from the loader's requests.
    expect(peekPrefetchedBody(url)).toBeUndefined();
  });
});
