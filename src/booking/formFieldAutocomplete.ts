import type { FormField } from '../api/types';

// HubSpot's contact property names (and common custom spellings, compared without case, spaces,
// dashes or underscores) to HTML autofill tokens (WCAG 1.3.5: the purpose of a field about the
// visitor is given in code, so browsers can fill it and tools can show it).
const BY_NAME: Record<string, string> = {
  phone: 'tel',
  phonenumber: 'tel',
  telephone: 'tel',
  mobilephone: 'tel',
  mobile: 'tel',
  mobilephonenumber: 'tel',
  company: 'organization',
  companyname: 'organization',
  organization: 'organization',
  organisation: 'organization',
  jobtitle: 'organization-title',
  country: 'country-name',
  countryregion: 'country-name',
  city: 'address-level2',
  town: 'address-level2',
  state: 'address-level1',
  province: 'address-level1',
  stateregion: 'address-level1',
  zip: 'postal-code',
  zipcode: 'postal-code',
  postalcode: 'postal-code',
  postcode: 'postal-code',
  address: 'street-address',
  streetaddress: 'street-address',
  address2: 'address-line2',
  website: 'url',
  url: 'url',
  firstname: 'given-name',
  lastname: 'family-name',
  fullname: 'name',
  email: 'email',
  workemail: 'email',
  salutation: 'honorific-prefix',
  dateofbirth: 'bday',
  birthday: 'bday',
  gender: 'sex',
};

/**
 * The `autocomplete` token of a custom field: by its HubSpot property name when that names
 * something about the visitor (phone, company, job title, country, city, zip…), else `tel` for a
 * phone number field; undefined for questions about anything else, where autofill would only guess.
 */
export function formFieldAutocomplete(field: Pick<FormField, 'name' | 'fieldType'>): string | undefined {
  const key = field.name.toLowerCase().replace(/[\s_-]+/g, '');
  return BY_NAME[key] ?? (field.fieldType === 'phonenumber' ? 'tel' : undefined);
}
