// Browser tests of booking in the gallery: a booking can be made with the keyboard alone and the
// confirmation takes focus, the form checks its fields before sending, forms pass axe in light
// and dark, and the failures that happen while booking (slot taken, email rejected, network
// error) are shown, recoverable and accessible.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFirstTime,
  confirmationHeading,
  fillVisitor,
  focusedElement,
  screenshotMain,
  tabTo,
  widgetOf,
} from './helpers/galleryDriver';
import { variantFaults } from './helpers/galleryEntries';
import { useGalleryPage } from './helpers/useGalleryPage';

const gallery = useGalleryPage();
const { open, expectNoAxeViolations, unexpectedProblems, loggedEvents, loggedPayload } = gallery;
let page: Page;

beforeAll(() => {
  page = gallery.page;
});

describe('booking', () => {
  it('books with the keyboard alone, from the duration tabs to the confirmation, which takes focus', async () => {
    await open('menelson');
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('body').focus();

    // Durations: a tablist, arrows select.
    await tabTo(page, '.ms-root [role="tab"]');
    await page.keyboard.press('ArrowRight');
    expect(await focusedElement(page)).toMatchObject({ role: 'tab', text: '30 min' });
    await widgetOf(page).getByRole('radio').first().waitFor();

    // Calendar: into the grid, then arrows to another day with times when there is one.
    await tabTo(page, '.ms-root .ms-calendar__day[tabindex="0"]');
    const start = (await focusedElement(page)).label;
    let moves = 0;
    for (; moves < 10; moves += 1) {
      await page.keyboard.press('ArrowRight');
      const disabled = await page.evaluate(() => document.activeElement?.getAttribute('aria-disabled'));
      if (disabled !== 'true') break;
    }
    if (moves === 10) {
      // No other day with times within reach: walk back to the first day (the walk may have
      // stopped at the last month with availability, so count nothing, compare labels).
      for (let back = 0; back < 20 && (await focusedElement(page)).label !== start; back += 1) {
        await page.keyboard.press('ArrowLeft');
      }
      expect((await focusedElement(page)).label).toBe(start);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => loggedEvents()).toContain('onDateSelect');

    // Times: a radio group; arrows move, Enter chooses and opens the form.
    await tabTo(page, '.ms-root [role="radio"][tabindex="0"]');
    const times = await widgetOf(page).getByRole('radio').count();
    if (times > 1) await page.keyboard.press('ArrowDown');
    const chosenStart = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-start')));
    await page.keyboard.press('Enter');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).waitFor();
    expect(await loggedPayload('onSlotSelect')).toMatchObject({ start: chosenStart, duration: 30 * 60_000 });

    // The form: type, Tab between fields, Enter on the button.
    await tabTo(page, '.ms-root input[autocomplete="given-name"]');
    await page.keyboard.type('Ada');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lovelace');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada@example.com');
    await tabTo(page, '.ms-root button[type="submit"]');
    await page.keyboard.press('Enter');

    // menelson's organizer has no calendar: an offline booking, said plainly, and focused.
    await confirmationHeading(page, true).waitFor();
    await expect.poll(() => focusedElement(page)).toMatchObject({ text: 'Meeting requested' });
    await expect.poll(() => widgetOf(page).textContent()).toContain('No calendar invitation was created');
    expect(await loggedEvents()).toEqual(['onDurationChange', 'onDateSelect', 'onSlotSelect', 'onSubmit', 'onBooked']);
    expect(await loggedPayload('onSubmit')).toMatchObject({
      slug: 'menelson',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      duration: 30 * 60_000,
      timezone: 'America/New_York',
      startTime: chosenStart,
    });
    await expectNoAxeViolations('offline confirmation');
    await screenshotMain(page, 'menelson-offline-confirmation');
    expect(unexpectedProblems()).toEqual([]);
  });

  it('checks the form before sending: errors are listed, tied to fields, and accessible', async () => {
    await open('web-conference');
    await chooseFirstTime(page);
    await expectNoAxeViolations('empty form');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await expect.poll(() => widgetOf(page).getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations('form with errors');
    await screenshotMain(page, 'web-conference-form-errors');

    // Fixed, it books online: a calendar event exists, so "Meeting booked" with the join link.
    await fillVisitor(page);
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, false).waitFor();
    await expect.poll(() => widgetOf(page).getByRole('link', { name: /meet\.example\.com|join/i }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations('online confirmation');
    await screenshotMain(page, 'web-conference-confirmation');
    expect(unexpectedProblems()).toEqual([]);
  });

  it.each([['consent-required'], ['custom-fields'], ['guests']])(
    'the %s form is accessible in light and dark',
    async (id) => {
      await open(id, '&scheme=light');
      await chooseFirstTime(page);
      await expectNoAxeViolations(`${id} form (light)`);
      await screenshotMain(page, `${id}-form-light`);
      // The scheme control changes the live widget: the form stays, only its colours change.
      await page.getByLabel('Colour scheme').selectOption('dark');
      await expect.poll(() => widgetOf(page).getAttribute('data-color-scheme')).toBe('dark');
      await expectNoAxeViolations(`${id} form (dark)`);
      await screenshotMain(page, `${id}-form-dark`);
      expect(unexpectedProblems()).toEqual([]);
    },
  );

  it('slot taken while booking: says so, offers other times, keeps the form, then books', async () => {
    const id = 'slot-taken';
    await open(id);
    await chooseFirstTime(page);
    await fillVisitor(page);
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await widgetOf(page).getByText('That time was just taken. Please pick another.').waitFor();
    await widgetOf(page).getByRole('radio').first().waitFor();
    await expectNoAxeViolations('slot-taken notice');
    await screenshotMain(page, 'slot-taken-notice');

    await chooseFirstTime(page);
    expect(await widgetOf(page).getByLabel('First name').inputValue()).toBe('Ada');
    expect(await widgetOf(page).getByLabel('Email').inputValue()).toBe('ada@example.com');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, false).waitFor();
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });

  it('email rejected by the server: the message shows at the field, and a corrected email books', async () => {
    const id = 'validation-rejected';
    await open(id);
    await chooseFirstTime(page);
    await fillVisitor(page, 'ada@blocked.example');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    const email = widgetOf(page).getByLabel('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').filter(Boolean).map((descriptionId) => page.locator(`[id="${descriptionId}"]`).textContent()),
    );
    expect(descriptions.join(' ')).toContain('This email domain is blocked.');
    await expectNoAxeViolations('server validation error');
    await screenshotMain(page, 'validation-rejected-error');

    await email.fill('ada@example.com');
    await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
    await confirmationHeading(page, true).waitFor();
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });

  it('network error at booking: an alert with Try again, which books exactly once', async () => {
    const id = 'network-error-at-booking';
    const posts: string[] = [];
    const countPost = (request: { method: () => string; url: () => string }) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/meeting-links/book')) posts.push(request.url());
    };
    page.on('request', countPost);
    try {
      await open(id);
      await chooseFirstTime(page);
      await fillVisitor(page);
      await widgetOf(page).getByRole('button', { name: 'Book meeting' }).click();
      const alert = widgetOf(page).getByRole('alert').filter({ hasText: 'could not be reached' });
      await alert.waitFor();
      expect(await widgetOf(page).getByLabel('First name').inputValue()).toBe('Ada');
      await expectNoAxeViolations('network error at booking');
      await screenshotMain(page, 'network-error-at-booking-alert');

      await alert.getByRole('button', { name: 'Try again' }).click();
      await confirmationHeading(page, false).waitFor();
      expect(posts).toHaveLength(2);
    } finally {
      page.off('request', countPost);
    }
    expect(unexpectedProblems(variantFaults(id))).toEqual([]);
  });
});
