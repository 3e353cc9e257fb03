import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

/**
 * GDPR consent with everything switched on. The texts hold real HTML (paragraphs, links, bold)
 * and, on purpose, hostile bits (`<img onerror>`, `<script>`, a `javascript:` link) that the widget
 * must strip: if an alert ever fires in the gallery, sanitizing is broken.
 */
export const consentRequiredScenario: FakeScenario = {
  id: 'consent-required',
  title: 'Consent required (GDPR)',
  group: 'Forms & consent',
  description:
    'Legal consent on: one required and one optional communication checkbox, a processing consent checkbox that must be ticked, and HTML consent texts with hostile markup that must be sanitized.',
  link: {
    slug: 'consent-required',
    name: 'Clinic appointment',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'America/Los_Angeles',
    weeklyHours: weekdayHours([{ start: 540, end: 1020 }]),
    durations: [1_800_000],
    startTimeIncrement: 'FIFTEEN',
    weeksToAdvertise: 3,
    location: 'Northwind Health, 200 Pine St, San Francisco',
    legalConsentEnabled: true,
    legalConsentOptions: {
      communicationConsentText:
        '<p>Northwind Health is committed to protecting your privacy. We would like to contact you about your appointment and our services. <strong>Please tick below</strong> how you would like us to contact you:</p><img src=x onerror=alert(1)>',
      communicationConsentCheckboxes: [
        { communicationTypeId: '4101', label: 'I agree to receive appointment reminders by email.', required: true },
        { communicationTypeId: '4102', label: 'I agree to receive news and offers from Northwind Health.', required: false },
      ],
      processingConsentType: 'REQUIRED_CHECKBOX',
      processingConsentCheckboxLabel: 'I agree to allow Northwind Health to store and process my personal data.',
      processingConsentText:
        '<p>To book, we need to store and process the details you give us.<script>alert("xss")</script> See our <a href="https://example.com/privacy" target="_blank">privacy policy</a>.</p>',
      processingConsentFooterText: '',
      privacyPolicyText:
        '<p>You can unsubscribe at any time. Read our <a href="https://example.com/privacy">Privacy Policy</a> <a href="javascript:alert(1)">(details)</a>.</p>',
      isLegitimateInterest: false,
      legitimateInterestSubscriptionTypes: [4101, 4102],
      legitimateInterestLegalBasis: 'CONSENT_WITH_NOTICE',
    },
    welcomeScreenInfo: { title: 'Book your appointment', description: 'A 30 minute consultation with Dr. Ines Alvarez.' },
    branding: {
      primaryColor: '#be123c',
      companyName: 'Northwind Health',
      showMarketingAd: false,
      showSalesAd: false,
    },
    members: [
      {
        id: '8501',
        userId: '5500001',
        firstName: 'Ines',
        lastName: 'Alvarez',
        email: 'ines.alvarez@northwind-health.example',
        calendarProvider: 'OFFICE365',
      },
    ],
  },
};
