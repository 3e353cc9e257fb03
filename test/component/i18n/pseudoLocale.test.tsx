import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../../src/i18n/Messages';
import { pseudoLocalize, pseudoText as p } from '../../../src/i18n/pseudoLocalize';
import type { ScenarioId } from '../../../src/mock/ScenarioId';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';
import { renderScheduler as renderWidget } from '../booking/helpers/bookingFlow';
import { dataWords, englishLeft } from './englishLeft';

// Every message pseudo-localized; Japanese for what Intl writes (dates, times, zone names), so any
// Latin word on screen outside ⟦…⟧ that is not the scenario's own data was hard-coded in English.
const messages = pseudoLocalize(defaultMessages);
// The error summary's heading for any count (it is the group's name).
const errorSummaryName = (name: string) => Array.from({ length: 20 }, (_, index) => messages.errorSummaryHeading(index + 1)).includes(name);
// What the test types, and the subject the fake backend writes into its booking answer.
const typed = ['Melinda', 'Nelson', 'menelson', 'hubspot', 'com', 'guest', 'not', 'an', 'email', 'Consultation with'];

const fake = useFakeBackend();
useFixedClock('2025-10-06T05:00:00Z');

function render(slug: ScenarioId | 'nobody-has-this-slug') {
  const rendered = renderWidget({ slug, locale: 'ja-JP', messages });
  const allowed = dataWords(slug === 'nobody-has-this-slug' ? 'menelson' : slug, typed);
  const expectNoEnglish = (step: string) => expect([step, englishLeft(rendered.container, allowed)]).toEqual([step, []]);
  return { ...rendered, allowed, expectNoEnglish };
}

async function firstSlot(user: ReturnType<typeof render>['user']) {
  const grid = await screen.findByRole('grid', undefined, { timeout: 5000 });
  const day = await waitFor(() => {
    const found = grid.querySelector<HTMLButtonElement>('button[data-available]');
    if (!found) throw new Error('no available day yet');
    return found;
  });
  await user.click(day);
  const times = await screen.findByRole('radiogroup');
  await user.click(within(times).getAllByRole('radio')[0]!);
  await screen.findByRole('heading', { name: p('Enter your details') });
}

const type = (user: ReturnType<typeof render>['user'], label: string, text: string) =>
  user.type(screen.getByRole('textbox', { name: new RegExp(`^${label.replace(/[[\]()⟦⟧.?]/g, '\\$&')}`) }), text);

describe('pseudo-locale: no English from our code in any step or state', () => {
  it('loading, browsing, the zone list, the form with its errors, failures and the confirmation', async () => {
    fake.backend.setLatency(50);
    const { user, expectNoEnglish } = render('web-conference');
    expect(screen.getByRole('status')).toHaveTextContent(p('Loading available times…'));
    expectNoEnglish('loading');
    await screen.findByRole('grid', undefined, { timeout: 5000 });
    expectNoEnglish('calendar');

    const zone = screen.getByRole('combobox', { name: p('Time zone') });
    await user.click(zone);
    await user.keyboard('{ArrowDown}');
    expectNoEnglish('zone list open');
    await user.type(zone, 'qqqq');
    expect((await screen.findAllByText(p('No matching time zone'))).length).toBeGreaterThan(0);
    expectNoEnglish('zone search without matches');
    await user.keyboard('{Escape}');

    await firstSlot(user);
    expectNoEnglish('form');
    await user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByRole('group', { name: p('3 fields need attention') });
    expectNoEnglish('form errors');
    await type(user, p('First name'), 'Melinda');
    await type(user, p('Last name'), 'Nelson');
    await type(user, p('Email'), 'not an email');
    await user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByText(p('Enter an email address like name@example.com.'), { selector: ':not(a)' });
    expectNoEnglish('email format error');
    await user.clear(screen.getByRole('textbox', { name: /^⟦Éɱåîļ⟧/ }));
    await type(user, p('Email'), 'menelson@hubspot.com');

    fake.backend.setFaults([{ call: 'bookMeeting', response: 'network-error', times: 1 }]);
    await user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByRole('alert');
    expectNoEnglish('network failure');

    fake.backend.setFaults([{ call: 'bookMeeting', times: 1, response: { status: 429, headers: { 'Retry-After': '30' }, body: { status: 'error', message: 'slow down' } } }]);
    await user.click(screen.getByRole('button', { name: p('Try again') }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(p('Too many attempts in a short time. Please wait 30 seconds and try again.')));
    expectNoEnglish('rate limited');

    fake.backend.setFaults([{ call: 'bookMeeting', response: 'occupy-slot', times: 1 }]);
    await user.click(screen.getByRole('button', { name: p('Try again') }));
    expect(await screen.findByText(p('That time was just taken. Please pick another.'))).toBeVisible();
    expectNoEnglish('slot taken');

    const times = await screen.findByRole('radiogroup');
    await user.click(within(times).getAllByRole('radio')[0]!);
    await screen.findByRole('heading', { name: p('Enter your details') });
    await user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByRole('heading', { name: p('Meeting booked') });
    expectNoEnglish('confirmation with join link and calendar links');
  }, 40_000);

  it('the guest list and its errors', async () => {
    const { user, expectNoEnglish } = render('guests');
    await firstSlot(user);
    await user.click(screen.getByRole('button', { name: p('Add guest') }));
    await user.type(screen.getByRole('textbox', { name: new RegExp(p('Guest 1 email').replace(/[⟦⟧]/g, '\\$&')) }), 'guest');
    await user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByRole('group', { name: errorSummaryName });
    expectNoEnglish('guest errors');
  });

  it('custom questions and consent, with their errors', async () => {
    for (const slug of ['custom-fields', 'consent-required'] as const) {
      const { user, expectNoEnglish, unmount } = render(slug);
      await firstSlot(user);
      expectNoEnglish(`${slug} form`);
      await user.click(screen.getByRole('button', { name: p('Book meeting') }));
      await screen.findByRole('group', { name: errorSummaryName });
      expectNoEnglish(`${slug} errors`);
      unmount();
    }
  });

  it('an offline booking, team headers, an empty page, an unknown page and a failed load', async () => {
    const offline = render('offline-organizer');
    await firstSlot(offline.user);
    await type(offline.user, p('First name'), 'Melinda');
    await type(offline.user, p('Last name'), 'Nelson');
    await type(offline.user, p('Email'), 'menelson@hubspot.com');
    await offline.user.click(screen.getByRole('button', { name: p('Book meeting') }));
    await screen.findByRole('heading', { name: p('Meeting requested') });
    offline.expectNoEnglish('requested');
    offline.unmount();

    for (const slug of ['round-robin', 'group-calendar'] as const) {
      const team = render(slug);
      await screen.findByRole('grid', undefined, { timeout: 5000 });
      team.expectNoEnglish(`${slug} header`);
      team.unmount();
    }

    const empty = render('no-availability');
    await screen.findByRole('heading', { name: p('No times available') }, { timeout: 5000 });
    empty.expectNoEnglish('empty');
    empty.unmount();

    const unknown = render('nobody-has-this-slug');
    await screen.findByRole('alert', undefined, { timeout: 5000 });
    unknown.expectNoEnglish('not found');
    unknown.unmount();

    fake.backend.setFaults([{ call: 'getBookingInfo', times: 3, response: { status: 500, body: { status: 'error', message: 'boom' } } }]);
    const failed = render('menelson');
    await screen.findByRole('alert', undefined, { timeout: 8000 });
    failed.expectNoEnglish('load failed');
  }, 30_000);

  it('is caught by the check when a view shows English of its own', async () => {
    const { allowed, container } = render('menelson');
    await screen.findByRole('grid', undefined, { timeout: 5000 });
    expect(englishLeft(container, allowed)).toEqual([]);
    container.querySelector('.ms-root')?.append(Object.assign(document.createElement('p'), { textContent: 'Select a slot' }));
    expect(englishLeft(container, allowed)).toEqual(['Select (in "Select a slot")', 'slot (in "Select a slot")']);
  });
});
