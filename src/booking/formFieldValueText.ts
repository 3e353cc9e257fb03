/**
 * A custom field's value as HubSpot's form submissions carry it: several checkbox values joined
 * by `;`, a yes/no box as 'true'/'false', text trimmed.
 */
export function formFieldValueText(value: string | string[] | boolean | undefined): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // Typed as strings, but values may come from a host's plain JavaScript: anything else is empty.
  if (Array.isArray(value)) return value.filter((part) => typeof part === 'string').map((part) => part.trim()).filter(Boolean).join(';');
  return typeof value === 'string' ? value.trim() : '';
}
