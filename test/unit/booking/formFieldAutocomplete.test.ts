// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formFieldAutocomplete } from '../../../src/booking/formFieldAutocomplete';

describe('formFieldAutocomplete', () => {
  it.each([
    ['phone', 'text', 'tel'],
    ['mobilephone', 'phonenumber', 'tel'],
    ['company', 'text', 'organization'],
    ['jobtitle', 'text', 'organization-title'],
    ['job_title', 'text', 'organization-title'],
    ['country', 'select', 'country-name'],
    ['city', 'text', 'address-level2'],
    ['zip', 'text', 'postal-code'],
    ['Postal Code', 'text', 'postal-code'],
    ['state', 'text', 'address-level1'],
    ['address', 'text', 'street-address'],
    ['website', 'text', 'url'],
    ['emergency_contact', 'phonenumber', 'tel'],
  ])('%s (%s) → %s', (name, fieldType, token) => {
    expect(formFieldAutocomplete({ name, fieldType })).toBe(token);
  });

  it('gives none to questions not about the visitor', () => {
    expect(formFieldAutocomplete({ name: 'team_size', fieldType: 'number' })).toBeUndefined();
    expect(formFieldAutocomplete({ name: 'project_description', fieldType: 'textarea' })).toBeUndefined();
  });
});
