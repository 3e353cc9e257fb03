import { forwardRef, type MouseEvent } from 'react';
import { fieldDomId } from '../booking/fieldDomId';
import type { BookingFormErrors } from '../booking/validateBookingForm';
import type { BookingMessages } from '../i18n/bookingMessages';

/** Props of {@link BookingFormErrorSummary}. */
export interface BookingFormErrorSummaryProps {
  /** The form's id prefix (see `fieldDomId`). */
  idPrefix: string;
  /** Field errors in form order; each becomes a link to its field. */
  errors: BookingFormErrors;
  /** Messages that name no field the form shows. */
  general: string[];
  /** UI strings. */
  messages: BookingMessages;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  // No hash navigation: it would change the host page's URL, and ids inside a shadow root are
  // not reachable by fragment anyway.
  event.preventDefault();
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(id);
  const control = target?.matches(FOCUSABLE) ? target : target?.querySelector<HTMLElement>(FOCUSABLE);
  control?.focus();
}

/**
 * The list of problems above the form (the GOV.UK error summary pattern): focused after a failed
 * submit so it is read at once, each entry a link that moves focus to the field to fix. The ref
 * (to the summary, for that focus) is forwarded: React 18 passes no `ref` prop to a function.
 */
export const BookingFormErrorSummary = forwardRef<HTMLDivElement, BookingFormErrorSummaryProps>(function BookingFormErrorSummary(
  { idPrefix, errors, general, messages },
  ref,
) {
  const entries = Object.entries(errors);
  const count = entries.length + general.length;
  if (count === 0) return null;
  const headingId = `${idPrefix}-error-summary`;
  return (
    <div ref={ref} className="ms-error-summary" tabIndex={-1} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="ms-error-summary__heading">
        {messages.errorSummaryHeading(count)}
      </h3>
      <ul className="ms-error-summary__list" role="list">
        {general.map((message, index) => (
          <li key={`general-${index}`}>{message}</li>
        ))}
        {entries.map(([key, message]) => {
          const id = fieldDomId(idPrefix, key);
          return (
            <li key={key}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
