import type { FakeScenario } from '../FakeScenario';
import { weekdayHours } from './weekdayHours';

/** Every custom question type HubSpot offers, some required, with option lists as HubSpot sends them. */
export const customFieldsScenario: FakeScenario = {
  id: 'custom-fields',
  title: 'Custom form fields',
  group: 'Forms & consent',
  description:
    'Every field type (text, textarea, number, date, phone, select, radio, checkboxes, yes/no), some required; option lists arrive out of displayOrder and include a hidden option that must not be shown.',
  link: {
    slug: 'custom-fields',
    name: 'Project intake call',
    linkType: 'PERSONAL_LINK',
    organizerTimeZone: 'America/Denver',
    weeklyHours: weekdayHours([{ start: 540, end: 960 }]),
    durations: [1_800_000, 3_600_000],
    startTimeIncrement: 'THIRTY',
    weeksToAdvertise: 3,
    location: 'Zoom (link sent by email)',
    welcomeScreenInfo: { title: 'Tell us about your project', description: 'A few questions help us prepare.' },
    branding: { primaryColor: '#0369a1', companyName: 'Adventure Works', showMarketingAd: false, showSalesAd: false },
    formFields: [
      { name: 'company', label: 'Company name', fieldType: 'text', type: 'string', isCustom: false, isRequired: true },
      { name: 'project_description', label: 'What would you like to discuss?', fieldType: 'textarea', type: 'string', isCustom: true, isRequired: false },
      { name: 'team_size', label: 'Team size', fieldType: 'number', type: 'number', isCustom: true, isRequired: true },
      { name: 'start_date', label: 'Preferred start date', fieldType: 'date', type: 'date', isCustom: true, isRequired: false },
      { name: 'phone', label: 'Phone number', fieldType: 'phonenumber', type: 'string', isCustom: false, isRequired: false },
      {
        name: 'budget',
        label: 'Budget',
        fieldType: 'select',
        type: 'enumeration',
        isCustom: true,
        isRequired: true,
        options: [
          { label: 'Over $50k', value: 'over_50k', displayOrder: 3, hidden: false },
          { label: 'Under $10k', value: 'under_10k', displayOrder: 1, hidden: false },
          { label: 'Legacy bracket', value: 'legacy', displayOrder: 0, hidden: true },
          { label: '$10k–$50k', value: '10k_50k', displayOrder: 2, hidden: false },
        ],
      },
      {
        name: 'contact_preference',
        label: 'How should we follow up?',
        fieldType: 'radio',
        type: 'enumeration',
        isCustom: true,
        isRequired: false,
        options: [
          { label: 'Phone', value: 'phone', displayOrder: 1 },
          { label: 'Email', value: 'email', displayOrder: 0 },
        ],
      },
      {
        name: 'interests',
        label: 'Which services interest you?',
        fieldType: 'checkbox',
        type: 'enumeration',
        isCustom: true,
        isRequired: true,
        options: [
          { label: 'Support', value: 'support', displayOrder: 2, hidden: false },
          { label: 'Design', value: 'design', displayOrder: 0, hidden: false },
          { label: 'Internal only', value: 'internal', displayOrder: 3, hidden: true },
          { label: 'Development', value: 'development', displayOrder: 1, hidden: false },
        ],
      },
      {
        name: 'newsletter',
        label: 'Send me the monthly newsletter',
        fieldType: 'booleancheckbox',
        type: 'bool',
        isCustom: true,
        isRequired: false,
      },
      {
        name: 'nda_signed',
        label: 'I have read the project terms',
        fieldType: 'booleancheckbox',
        type: 'bool',
        isCustom: true,
        isRequired: true,
      },
    ],
    members: [
      {
        id: '8601',
        userId: '5600001',
        firstName: 'Jonas',
        lastName: 'Berg',
        email: 'jonas.berg@adventure-works.example',
        calendarProvider: 'GOOGLE',
      },
    ],
  },
};
