import { useLayoutEffect, useRef } from 'react';
import { describedBy } from '../booking/describedBy';
import { fieldDomId } from '../booking/fieldDomId';
import { fieldKeys } from '../booking/fieldKeys';
import type { BookingFormErrors } from '../booking/validateBookingForm';
import { useAnnounce } from '../hooks/useAnnounce';
import type { BookingMessages } from '../i18n/bookingMessages';
import { FormFieldError } from './FormFieldError';
import { FormFieldHint } from './FormFieldHint';

/** Props of {@link GuestList}. */
export interface GuestListProps {
  /** The form's id prefix (see `fieldDomId`). */
  idPrefix: string;
  /** The guest rows, blanks included. */
  guestEmails: string[];
  /** The most guests the link accepts. */
  maxGuestCount: number;
  /** Called with the new value. */
  onChange: (guestEmails: string[]) => void;
  /** Messages by field key (see `fieldKeys`). */
  errors: BookingFormErrors;
  /** UI strings. */
  messages: BookingMessages;
}

/**
 * Guest emails, one labelled input per guest, added and removed with buttons. Focus follows the
 * change (the new input, or the row that took the removed one's place) so keyboard users never
 * land on the page's start.
 */
export function GuestList({ idPrefix, guestEmails, maxGuestCount, onChange, errors, messages }: GuestListProps) {
  const groupId = fieldDomId(idPrefix, fieldKeys.guestEmails);
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<number | null>(null);

  const announce = useAnnounce();

  // A layout effect: focus moves in the commit that removed the pressed button (the add button
  // once the last guest allowed is added, a remove button), before any frame shows it on <body>.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    // The row at that position (a new one, or the one that moved up), else the last row, else
    // the add button. Looked up in our own root, which may be a shadow root.
    const root = groupRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const row = Math.min(index, guestEmails.length - 1);
    const target = row >= 0 ? root?.getElementById(fieldDomId(idPrefix, fieldKeys.guestEmail(row))) : null;
    (target ?? addRef.current)?.focus();
  });

  const add = () => {
    pendingFocus.current = guestEmails.length;
    onChange([...guestEmails, '']);
    // Focus lands on the new field, whose label says which guest; the region says what happened.
    announce(messages.guestAdded);
  };
  const remove = (index: number) => {
    pendingFocus.current = index;
    onChange(guestEmails.filter((_, position) => position !== index));
    announce(messages.guestRemoved);
  };
  const canAdd = guestEmails.length < maxGuestCount;

  return (
    <fieldset
      ref={groupRef}
      id={groupId}
      className="ms-guest-list"
      aria-describedby={describedBy(hintId, errors[fieldKeys.guestEmails] && errorId)}
    >
      <legend className="ms-form-field__label">{messages.guestsHeading}</legend>
      <FormFieldHint id={hintId} hint={messages.guestsHint(maxGuestCount)} />
      {guestEmails.map((guest, index) => {
        const key = fieldKeys.guestEmail(index);
        const id = fieldDomId(idPrefix, key);
        const error = errors[key];
        return (
          // Rows hold only controlled values, so index keys cannot leave stale text behind.
          <div key={index} className="ms-guest-list__row">
            <div className="ms-form-field">
              <label className="ms-form-field__label" htmlFor={id}>
                {messages.guestEmailLabel(index + 1)}
              </label>
              <div className="ms-guest-list__entry">
                <input
                  id={id}
                  className="ms-form-field__control"
                  type="email"
                  autoComplete="off"
                  value={guest}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(error && `${id}-error`)}
                  data-invalid={error ? '' : undefined}
                  onChange={(event) => onChange(guestEmails.map((value, position) => (position === index ? event.target.value : value)))}
                />
                <button type="button" className="ms-booking-button ms-booking-button--quiet" onClick={() => remove(index)}>
                  {messages.removeGuest(index + 1)}
                </button>
              </div>
              <FormFieldError id={`${id}-error`} message={error} />
            </div>
          </div>
        );
      })}
      <FormFieldError id={errorId} message={errors[fieldKeys.guestEmails]} />
      {canAdd && (
        <button ref={addRef} type="button" className="ms-booking-button ms-booking-button--secondary" onClick={add}>
          {messages.addGuest}
        </button>
      )}
    </fieldset>
  );
}
