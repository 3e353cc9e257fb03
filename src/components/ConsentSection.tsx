import type { LegalConsent } from '../api/types';
import { consentLabelText } from '../booking/consentLabelText';
import { fieldDomId } from '../booking/fieldDomId';
import { fieldKeys } from '../booking/fieldKeys';
import { readNamed } from '../booking/nameKeyedRecord';
import type { BookingFormErrors } from '../booking/validateBookingForm';
import type { BookingMessages } from '../i18n/bookingMessages';
import { FormFieldCheckbox } from './FormFieldCheckbox';
import { SanitizedHtml } from './SanitizedHtml';

/** Props of {@link ConsentSection}. */
export interface ConsentSectionProps {
  /** The form's id prefix (see `fieldDomId`). */
  idPrefix: string;
  /** The link's consent options. */
  consent: LegalConsent;
  /** Ticked communication boxes by communicationTypeId. */
  communicationConsents: Record<string, boolean>;
  /** Whether the processing consent box is ticked. */
  processingConsent: boolean;
  /** A communication box was ticked or cleared. */
  onCommunicationConsentChange: (communicationTypeId: string, consented: boolean) => void;
  /** The processing consent box was ticked or cleared. */
  onProcessingConsentChange: (consented: boolean) => void;
  /** Messages by field key (see `fieldKeys`). */
  errors: BookingFormErrors;
  /** UI strings. */
  messages: BookingMessages;
}

/**
 * The link's legal consent: the communication text and its checkboxes, the processing consent
 * (a notice when IMPLICIT, a required checkbox when REQUIRED_CHECKBOX) and the privacy text, in
 * the order HubSpot's own forms show them. All texts are organizer HTML, rendered sanitized.
 */
export function ConsentSection(props: ConsentSectionProps) {
  const { idPrefix, consent, communicationConsents, processingConsent, errors, messages } = props;
  const processingKey = fieldKeys.processingConsent;
  return (
    <fieldset className="ms-consent">
      <legend className="ms-form-field__label">{messages.consentHeading}</legend>
      {consent.communicationConsentText && (
        <SanitizedHtml className="ms-consent__text" html={consent.communicationConsentText} />
      )}
      {consent.communicationConsentCheckboxes.map((checkbox) => {
        const key = fieldKeys.communicationConsent(checkbox.communicationTypeId);
        return (
          <FormFieldCheckbox
            key={checkbox.communicationTypeId}
            id={fieldDomId(idPrefix, key)}
            label={
              consentLabelText(checkbox.label) ? <SanitizedHtml as="span" html={checkbox.label} /> : checkbox.communicationTypeId
            }
            checked={readNamed(communicationConsents, checkbox.communicationTypeId) === true}
            onChange={(checked) => props.onCommunicationConsentChange(checkbox.communicationTypeId, checked)}
            required={checkbox.required}
            requiredMarker={messages.requiredMarker}
            error={errors[key]}
          />
        );
      })}
      {consent.processingConsentText && <SanitizedHtml className="ms-consent__text" html={consent.processingConsentText} />}
      {consent.processingConsentType === 'REQUIRED_CHECKBOX' && (
        <FormFieldCheckbox
          id={fieldDomId(idPrefix, processingKey)}
          label={
            consentLabelText(consent.processingConsentCheckboxLabel) ? (
              <SanitizedHtml as="span" html={consent.processingConsentCheckboxLabel ?? ''} />
            ) : (
              messages.processingConsentFallbackLabel
            )
          }
          checked={processingConsent}
          onChange={props.onProcessingConsentChange}
          required
          requiredMarker={messages.requiredMarker}
          error={errors[processingKey]}
        />
      )}
      {consent.processingConsentFooterText && (
        <SanitizedHtml className="ms-consent__text" html={consent.processingConsentFooterText} />
      )}
      {consent.privacyPolicyText && <SanitizedHtml className="ms-consent__text" html={consent.privacyPolicyText} />}
    </fieldset>
  );
}
