import { fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineMeetingSchedulerElement, MEETING_SCHEDULER_TAG } from '../../../src/embed/defineMeetingSchedulerElement';
import { installEmbed } from '../../../src/embed/installEmbed';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();
useFixedClock('2025-10-20T12:00:00Z');
afterEach(() => document.body.replaceChildren());

/** The microtask the element queues its sync in has run once this resolves. */
const afterSync = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function widget(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(MEETING_SCHEDULER_TAG);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const readyOn = (element: Element) =>
  new Promise<CustomEvent>((resolve) =>
    element.addEventListener('meeting-scheduler:ready', (event) => resolve(event as CustomEvent), { once: true }),
  );

describe('<meeting-scheduler>', () => {
  it('is defined once: a second definition keeps the first class', () => {
    const first = defineMeetingSchedulerElement();
    expect(first).toBe(customElements.get(MEETING_SCHEDULER_TAG));
    expect(defineMeetingSchedulerElement()).toBe(first);
  });

  it('renders when connected, from its attributes, and fires ready on itself', async () => {
    defineMeetingSchedulerElement();
    const element = widget({
      slug: 'round-robin',
      timezone: 'America/Chicago',
      locale: 'en-US',
      'color-scheme': 'dark',
    });
    const ready = readyOn(element);
    document.body.append(element);
    expect(element.shadowRoot).toBeNull();
    await afterSync();
    expect(element.shadowRoot?.querySelector('.ms-embed')).not.toBeNull();
    expect((await ready).target).toBe(element);
    const view = within(element.shadowRoot as unknown as HTMLElement);
    expect(await view.findByRole('grid', { name: 'October 2025' })).toBeInTheDocument();
    expect(element.shadowRoot?.querySelector('.ms-root')).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('re-renders the same widget on an attribute change, once for several changes in a row', async () => {
    defineMeetingSchedulerElement();
    const element = widget({ slug: 'round-robin', timezone: 'America/Chicago', locale: 'en-US' });
    const ready = readyOn(element);
    document.body.append(element);
    await ready;
    const root = element.shadowRoot?.querySelector('.ms-root');
    element.setAttribute('color-scheme', 'dark');
    element.setAttribute('color-scheme', 'light');
    await afterSync();
    await vi.waitFor(() => expect(root).toHaveAttribute('data-color-scheme', 'light'));
    expect(element.shadowRoot?.querySelector('.ms-root')).toBe(root);
    // Another slug loads the other page in the same widget.
    const second = readyOn(element);
    element.setAttribute('slug', 'menelson');
    await second;
    expect(fake.backend.requests.filter((request) => request.path.endsWith('/book/menelson'))).toHaveLength(1);
  });

  it('keeps the widget through a move in the DOM, and unmounts when removed', async () => {
    defineMeetingSchedulerElement();
    const element = widget({ slug: 'round-robin', timezone: 'America/Chicago' });
    const ready = readyOn(element);
    document.body.append(element);
    await ready;
    const container = element.shadowRoot?.querySelector('.ms-embed');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await afterSync();
    expect(element.shadowRoot?.querySelector('.ms-embed')).toBe(container);

    element.remove();
    await afterSync();
    expect(element.shadowRoot?.querySelector('.ms-embed')).toBeNull();
    expect(element.shadowRoot?.querySelector('.ms-root')).toBeNull();
  });

  it('waits for a slug, warning once, and renders when one is set', async () => {
    defineMeetingSchedulerElement();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = widget({});
    document.body.append(element);
    await afterSync();
    element.setAttribute('locale', 'en-US');
    await afterSync();
    expect(element.shadowRoot).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    const ready = readyOn(element);
    element.setAttribute('slug', 'round-robin');
    await ready;
    expect(element.shadowRoot?.querySelector('.ms-root')).not.toBeNull();
  });
});

describe('<meeting-scheduler> human check', () => {
  it('sends the token of a getBookingVerificationToken property set before the element upgraded', async () => {
    defineMeetingSchedulerElement();
    const sent = vi.spyOn(globalThis, 'fetch');
    // A template's content is never upgraded: the page's script sets the property on a plain
    // element, as when it runs before the embed has loaded.
    const template = document.createElement('template');
    template.innerHTML = `<${MEETING_SCHEDULER_TAG} slug="round-robin" timezone="America/Chicago" locale="en-US"></${MEETING_SCHEDULER_TAG}>`;
    const element = template.content.firstElementChild as HTMLElement & { getBookingVerificationToken?: () => Promise<string> };
    let n = 0;
    element.getBookingVerificationToken = async () => `token-${(n += 1)}`;
    document.body.append(element);
    expect(element).toBeInstanceOf(customElements.get(MEETING_SCHEDULER_TAG)!);
    await afterSync();
    const user = userEvent.setup();
    const view = within(element.shadowRoot!.querySelector<HTMLElement>('.ms-embed')!);
    const grid = await view.findByRole('grid', undefined, { timeout: 5000 });
    const day = await vi.waitFor(() => {
      const found = grid.querySelector<HTMLButtonElement>('button[data-available]');
      if (!found) throw new Error('no available day yet');
      return found;
    });
    await user.click(day);
    await user.click(within(await view.findByRole('radiogroup')).getAllByRole('radio')[0]!);
    // user-event types into document.activeElement, which is the host here, not the shadow input.
    fireEvent.change(await view.findByRole('textbox', { name: /^First name/ }), { target: { value: 'Melinda' } });
    fireEvent.change(view.getByRole('textbox', { name: /^Last name/ }), { target: { value: 'Nelson' } });
    fireEvent.change(view.getByRole('textbox', { name: /^Email/ }), { target: { value: 'menelson@hubspot.com' } });
    await user.click(view.getByRole('button', { name: 'Book meeting' }));
    await view.findByRole('heading', { name: 'Meeting booked' });
    const headersOf = (init?: RequestInit) => new Headers(init?.headers).get('x-booking-verification');
    const posts = sent.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts.map(([, init]) => headersOf(init))).toEqual(['token-1']);
    expect(sent.mock.calls.filter(([, init]) => init?.method !== 'POST').every(([, init]) => headersOf(init) === null)).toBe(true);
    expect(fake.backend.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});

describe('installEmbed', () => {
  it('sets a frozen window.MeetingScheduler with mount() and defines the element; a second run changes nothing', () => {
    const target = {} as Window;
    const global = installEmbed(target);
    expect(target.MeetingScheduler).toBe(global);
    expect(Object.isFrozen(global)).toBe(true);
    expect(typeof global.mount).toBe('function');
    expect(global.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(customElements.get(MEETING_SCHEDULER_TAG)).toBeDefined();
    expect(installEmbed(target)).toBe(global);
  });
});
