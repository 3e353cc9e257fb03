/**
 * A custom field's value as HubSpot's form submissions carry it: several checkbox values joined
 * by `;`, a yes/no box as 'true'/'false', text trimmed.
 */
export function formFieldValueText(value: string | string[] | boolean | undefined): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map((part) => part.trim()).filter(Boolean).join(';');
  return (value ?? '').trim();
}
