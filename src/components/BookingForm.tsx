import type { FormEvent, Ref } from 'react';
import type { BookingInfo } from '../api/types';
import type { BookingFormValues } from '../booking/BookingFormValues';
import { fieldDomId } from '../booking/fieldDomId';
import { fieldKeys } from '../booking/fieldKeys';
import type { BookingFormErrors } from '../booking/validateBookingForm';
import { visibleFormFields } from '../booking/visibleFormFields';
import { readNamed, withNamed } from '../booking/nameKeyedRecord';
import type { BookingMessages } from '../i18n/bookingMessages';
import { ConsentSection } from './ConsentSection';
import { FormFieldControl } from './FormFieldControl';
import { FormFieldText } from './FormFieldText';
import { GuestList } from './GuestList';

/** Props of {@link BookingForm}. */
export interface BookingFormProps {
  /** Unique per step: prefixes every field id (see `fieldDomId`). */
  idPrefix: string;
  /** The link's booking info. */
  info: BookingInfo;
  /** What the visitor has typed. */
  values: BookingFormValues;
  /** Messages by field key (see `fieldKeys`). */
  errors: BookingFormErrors;
  /** Keys of fields the host locked (read-only). */
  lockedKeys: ReadonlySet<string>;
  /** The book request is out: the button is `aria-disabled` and says so. */
  submitting: boolean;
  /** A field changed: the new values and the key of the field, so its error can clear. */
  onFieldChange: (values: BookingFormValues, key: string) => void;
  /** The visitor asked to book. */
  onSubmit: () => void;
  /** Ref to the submit button, for focus after a failure. */
  submitRef?: Ref<HTMLButtonElement>;
  /** UI strings. */
  messages: BookingMessages;
}

/** The visitor's details, the link's questions, guests and consent, and the submit button. */
export function BookingForm(props: BookingFormProps) {
  const { idPrefix, info, values, errors, lockedKeys, submitting, onFieldChange, submitRef, messages } = props;
  const idOf = (key: string) => fieldDomId(idPrefix, key);
  const set = (key: string, patch: Partial<BookingFormValues>) => onFieldChange({ ...values, ...patch }, key);

  const builtIn = (key: 'firstName' | 'lastName' | 'email', label: string, autoComplete: string) => {
    const locked = lockedKeys.has(key);
    return (
      <FormFieldText
        id={idOf(key)}
        label={label}
        type={key === 'email' ? 'email' : 'text'}
        value={values[key]}
        onChange={(value) => set(key, { [key]: value })}
        required
        requiredMarker={messages.requiredMarker}
        error={errors[key]}
        hint={locked ? messages.lockedHint : undefined}
        readOnly={locked}
        autoComplete={autoComplete}
      />
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const consent = info.legalConsentEnabled ? info.legalConsent : undefined;

  return (
    // noValidate: the widget validates itself, with messages tied to fields and an error
    // summary, instead of the browser's bubbles that differ per browser and vanish.
    <form className="ms-booking-form" noValidate onSubmit={submit}>
      <div className="ms-booking-form__names">
        {builtIn(fieldKeys.firstName, messages.firstNameLabel, 'given-name')}
        {builtIn(fieldKeys.lastName, messages.lastNameLabel, 'family-name')}
      </div>
      {builtIn(fieldKeys.email, messages.emailLabel, 'email')}
      {info.guestSettings.canAddGuests && info.guestSettings.maxGuestCount > 0 && (
        <GuestList
          idPrefix={idPrefix}
          guestEmails={values.guestEmails}
          maxGuestCount={info.guestSettings.maxGuestCount}
          onChange={(guestEmails) => set(fieldKeys.guestEmails, { guestEmails })}
          errors={errors}
          messages={messages}
        />
      )}
      {visibleFormFields(info).map((field) => {
        const key = fieldKeys.formField(field.name);
        return (
          <FormFieldControl
            key={field.name}
            id={idOf(key)}
            field={field}
            value={readNamed(values.formFields, field.name)}
            onChange={(value) => set(key, { formFields: withNamed(values.formFields, field.name, value) })}
            error={errors[key]}
            locked={lockedKeys.has(key)}
            messages={messages}
          />
        );
      })}
      {consent && (
        <ConsentSection
          idPrefix={idPrefix}
          consent={consent}
          communicationConsents={values.communicationConsents}
          processingConsent={values.processingConsent}
          onCommunicationConsentChange={(id, consented) =>
            set(fieldKeys.communicationConsent(id), { communicationConsents: withNamed(values.communicationConsents, id, consented) })
          }
          onProcessingConsentChange={(processingConsent) => set(fieldKeys.processingConsent, { processingConsent })}
          errors={errors}
          messages={messages}
        />
      )}
      <button
        ref={submitRef}
        type="submit"
        className="ms-booking-button ms-booking-button--primary ms-booking-form__submit"
        // aria-disabled, not disabled: a disabled button drops its focus to the page's body for the
        // whole request. The click is ignored instead (and `submit` sends one request at most).
        aria-disabled={submitting || undefined}
        aria-busy={submitting || undefined}
        onClick={(event) => {
          if (submitting) event.preventDefault();
        }}
      >
        {submitting ? messages.bookingInProgress : messages.bookMeeting}
      </button>
    </form>
  );
}
