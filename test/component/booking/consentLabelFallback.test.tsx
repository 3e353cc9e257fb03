// Issue 13 item 8: a consent label that sanitizes to nothing must not leave a bare (possibly
// required) checkbox: the fallback applies to the sanitized text, not only to an empty raw label.
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegalConsent } from '../../../src/api/types';
import { consentSanitizer } from '../../../src/booking/consentSanitizer';
import { validateBookingForm } from '../../../src/booking/validateBookingForm';
import { createInitialFormValues } from '../../../src/booking/createInitialFormValues';
import { ConsentSection } from '../../../src/components/ConsentSection';
import { defaultBookingMessages } from '../../../src/i18n/bookingMessages';
import { bookingInfoFixture } from '../../helpers/bookingInfoFixture';

const EMPTY_AFTER_SANITIZING = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<b> </b>', '<svg><title>x</title></svg>', '&nbsp;'];

function consentWith(label: string): LegalConsent {
  return {
    communicationConsentCheckboxes: [{ communicationTypeId: '5457724', label, required: true }],
    processingConsentType: 'REQUIRED_CHECKBOX',
    processingConsentCheckboxLabel: label,
    isLegitimateInterest: false,
    legitimateInterestSubscriptionTypes: [],
  };
}

function renderConsent(consent: LegalConsent) {
  return render(
    <ConsentSection
      idPrefix="t"
      consent={consent}
      communicationConsents={{}}
      processingConsent={false}
      onCommunicationConsentChange={() => {}}
      onProcessingConsentChange={() => {}}
      errors={{}}
      messages={defaultBookingMessages}
    />,
  );
}

beforeAll(async () => {
  expect(await consentSanitizer.load()).toBe(true);
});

describe('consent labels that sanitize to nothing', () => {
  it.each(EMPTY_AFTER_SANITIZING)('%s gives both boxes their fallback label', (label) => {
    renderConsent(consentWith(label));
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toHaveAccessibleName(expect.stringContaining('5457724'));
    expect(boxes[1]).toHaveAccessibleName(expect.stringContaining(defaultBookingMessages.processingConsentFallbackLabel));
  });

  it.each(EMPTY_AFTER_SANITIZING)('the error summary names the boxes of %s the same way', (label) => {
    const info = bookingInfoFixture({ legalConsentEnabled: true, legalConsent: consentWith(label) });
    const errors = validateBookingForm(createInitialFormValues(info), info, defaultBookingMessages);
    expect(errors['legalConsentResponses.5457724']).toBe(defaultBookingMessages.errorTickRequired('5457724'));
    expect(errors.processingConsent).toBe(defaultBookingMessages.errorTickRequired(defaultBookingMessages.processingConsentFallbackLabel));
  });

  it('a label with words keeps them', () => {
    renderConsent(consentWith('<strong>I agree</strong> to <a href="https://x.example">terms</a>'));
    for (const box of screen.getAllByRole('checkbox')) expect(box).toHaveAccessibleName(expect.stringContaining('I agree to terms'));
  });
});
