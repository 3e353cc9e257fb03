import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['custom-fields'] });
useFixedClock('2025-10-06T15:00:00Z');

const slot = { duration: '30 min', day: 'Wednesday, October 8, 2025', time: '10:00 AM' };
const open = () => renderScheduler({ slug: 'custom-fields', timezone: 'America/Denver' });

describe('custom form fields (custom-fields)', () => {
  it('renders each field type with the right control, options in displayOrder and hidden ones left out', async () => {
    const { user } = open();
    await chooseSlot(user, slot);
    expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveAttribute('type', 'text');
    expect(screen.getByRole('textbox', { name: /^What would you like to discuss/ }).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('textbox', { name: /^Team size/ })).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText(/^Preferred start date/)).toHaveAttribute('type', 'date');
    expect(screen.getByRole('textbox', { name: /^Phone number/ })).toHaveAttribute('type', 'tel');

    const budget = screen.getByRole('combobox', { name: /^Budget/ });
    expect(within(budget).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Select…',
      'Under $10k',
      '$10k–$50k',
      'Over $50k',
    ]);
    const followUp = screen.getByRole('group', { name: 'How should we follow up?' });
    expect(within(followUp).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['email', 'phone']);
    const interests = screen.getByRole('group', { name: /^Which services interest you/ });
    expect(within(interests).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual([
      'design',
      'development',
      'support',
    ]);
    expect(screen.queryByText('Internal only')).toBeNull();
    expect(screen.queryByText('Legacy bracket')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Send me the monthly newsletter' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^I have read the project terms/ })).toBeRequired();
  });

  it('enforces the required ones before sending, with each error at its field', async () => {
    const { user } = open();
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.type(screen.getByRole('textbox', { name: /^Team size/ }), 'ten');
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));

    expect(screen.getByRole('group', { name: '5 fields need attention' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveAccessibleDescription('Company name is required.');
    expect(screen.getByRole('textbox', { name: /^Team size/ })).toHaveAccessibleDescription('Team size must be a number.');
    expect(screen.getByRole('combobox', { name: /^Budget/ })).toHaveAccessibleDescription('Budget is required.');
    expect(screen.getByRole('checkbox', { name: 'Design' })).toHaveAccessibleDescription('Answer “Which services interest you?”.');
    expect(screen.getByRole('checkbox', { name: /^I have read the project terms/ })).toHaveAccessibleDescription(
      'Tick “I have read the project terms” to continue.',
    );
    // What was typed stays.
    expect(screen.getByRole('textbox', { name: /^Team size/ })).toHaveValue('ten');
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);
  });

  it('sends every answer in HubSpot form format', async () => {
    const { user } = open();
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.type(screen.getByRole('textbox', { name: /^Company name/ }), ' Adventure Works ');
    await user.type(screen.getByRole('textbox', { name: /^What would you like to discuss/ }), 'A new app{Enter}and its API');
    await user.type(screen.getByRole('textbox', { name: /^Team size/ }), '12');
    await user.type(screen.getByLabelText(/^Preferred start date/), '2025-11-03');
    await user.type(screen.getByRole('textbox', { name: /^Phone number/ }), '+1 303 555 0100');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Budget/ }), '$10k–$50k');
    await user.click(screen.getByRole('radio', { name: 'Phone' }));
    await user.click(screen.getByRole('checkbox', { name: 'Support' }));
    await user.click(screen.getByRole('checkbox', { name: 'Design' }));
    await user.click(screen.getByRole('checkbox', { name: /^I have read the project terms/ }));
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });

    const [call] = bookCalls(fake.backend.requests);
    expect(call!.body).toEqual({
      slug: 'custom-fields',
      firstName: 'Melinda',
      lastName: 'Nelson',
      email: 'menelson@hubspot.com',
      startTime: Date.UTC(2025, 9, 8, 16, 0),
      duration: 1_800_000,
      guestEmails: [],
      timezone: 'America/Denver',
      locale: 'en-us',
      formFields: [
        { name: 'company', value: 'Adventure Works' },
        { name: 'project_description', value: 'A new app\nand its API' },
        { name: 'team_size', value: '12' },
        { name: 'start_date', value: '2025-11-03' },
        { name: 'phone', value: '+1 303 555 0100' },
        { name: 'budget', value: '10k_50k' },
        { name: 'contact_preference', value: 'phone' },
        // Ticked Support then Design: sent in the link's order, joined by ';'.
        { name: 'interests', value: 'design;support' },
        { name: 'newsletter', value: 'false' },
        { name: 'nda_signed', value: 'true' },
      ],
      legalConsentResponses: [],
      likelyAvailableUserIds: [],
    });
  });

  it('starts from prefill, keeping locked values read-only and plain ones editable', async () => {
    const { user } = renderScheduler({
      slug: 'custom-fields',
      timezone: 'America/Denver',
      prefill: {
        firstName: 'Melinda',
        email: { value: 'menelson@hubspot.com', locked: true },
        formFields: { company: { value: 'HubSpot', locked: true }, interests: 'development;internal', budget: 'legacy' },
      },
    });
    await chooseSlot(user, slot);
    const email = screen.getByRole('textbox', { name: /^Email/ });
    expect(email).toHaveValue('menelson@hubspot.com');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveAccessibleDescription('Provided by the page; cannot be changed here.');
    expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveAttribute('readonly');
    const first = screen.getByRole('textbox', { name: /^First name/ });
    expect(first).toHaveValue('Melinda');
    expect(first).not.toHaveAttribute('readonly');
    await user.type(email, 'x');
    expect(email).toHaveValue('menelson@hubspot.com');
    // A hidden option cannot be prefilled into the form (it would be sent invisibly).
    expect(screen.getByRole('checkbox', { name: 'Development' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: /^Budget/ })).toHaveValue('');
  });
});
