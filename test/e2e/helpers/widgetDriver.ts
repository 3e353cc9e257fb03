import type { Locator, Page } from 'playwright-core';

/** The error boundary's text: a hostile run must never end there. */
export const BOUNDARY_TEXT = 'Something went wrong in the scheduler';

/** How a widget ended up. */
export type Outcome = 'calendar' | 'empty' | 'message' | 'boundary' | 'confirmation' | 'form' | 'loading';

/** Where each widget (the `<meeting-scheduler>` or mount target `selector`) is now. */
export async function outcomes(page: Page, selector: string): Promise<Outcome[]> {
  return page.evaluate((hosts) => {
    return [...document.querySelectorAll(hosts)].map((host) => {
      const root = host.shadowRoot ?? host;
      if (root.querySelector('.ms-error[data-kind="unexpected"]')) return 'boundary';
      if (root.querySelector('.ms-confirmation, [data-step="booked"]') || /Meeting (booked|requested)/.test(root.textContent ?? '')) return 'confirmation';
      if (root.querySelector('.ms-error, [role="alert"]')) return 'message';
      if (root.querySelector('.ms-empty')) return 'empty';
      if (root.querySelector('form.ms-booking-form')) return 'form';
      if (root.querySelector('[role="grid"]') && !root.querySelector('.ms-calendar [aria-busy="true"]')) return 'calendar';
      return 'loading';
    });
  }, selector) as Promise<Outcome[]>;
}

/** Picks the first free day and time of the widget and waits for the form. */
export async function openForm(widget: Locator): Promise<void> {
  const grid = widget.getByRole('grid');
  await grid.waitFor();
  await grid.getByRole('button', { disabled: false }).first().click();
  await widget.getByRole('radiogroup').getByRole('radio').first().click();
  await widget.locator('form.ms-booking-form').waitFor();
}

/** Fills every control of the form with something valid for its kind. */
export async function fillForm(widget: Locator): Promise<void> {
  const form = widget.locator('form.ms-booking-form');
  for (const input of await form.locator('input:not([type=checkbox]):not([type=radio]):not([readonly]), textarea').all()) {
    const type = await input.getAttribute('type');
    const inputMode = await input.getAttribute('inputmode');
    const value = type === 'email' ? 'ada@example.com' : type === 'date' ? '2026-03-10' : inputMode === 'decimal' || inputMode === 'numeric' ? '3' : type === 'tel' ? '+15550100' : 'Ada';
    await input.fill(value);
  }
  for (const box of await form.locator('input[type=checkbox]').all()) await box.check();
  for (const select of await form.locator('select').all()) {
    const values = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean));
    if (values[0] !== undefined) await select.selectOption(values[0]);
  }
  for (const group of await form.getByRole('radiogroup').all()) await group.getByRole('radio').first().check();
}

/** Every control's value, in order: to compare before and after a failure. */
export async function formValues(widget: Locator): Promise<string[]> {
  return widget
    .locator('form.ms-booking-form')
    .locator('input, textarea, select')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const input = element as HTMLInputElement;
        return input.type === 'checkbox' || input.type === 'radio' ? String(input.checked) : input.value;
      }),
    );
}
