import { screen, within } from '@testing-library/react';

// One render helper for every component test (test/helpers); re-exported beside the browse helpers.
export { renderScheduler } from '../../helpers/renderScheduler';

/** The calendar, once it shows the given month. */
export function findCalendar(month: string) {
  return screen.findByRole('grid', { name: month }, { timeout: 5000 });
}

/** Accessible names of the radios (times) in the group named by `date`. */
export function timesOn(date: string): string[] {
  const group = screen.getByRole('radiogroup', { name: date });
  return within(group)
    .getAllByRole('radio')
    .map((radio) => radio.textContent ?? '');
}

/**
 * The day button whose name starts with `label` (a full date, maybe with ", no availability"):
 * names go on with how many times the day has and whether it is selected.
 */
export function day(label: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`) });
}
