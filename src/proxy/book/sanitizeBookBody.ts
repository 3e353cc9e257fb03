import type { WireBookRequest } from '../../api/wireTypes';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/**
 * The book body to forward, rebuilt from the parsed request with only the fields the API knows
 * and of the types it takes, or absent when it is not a JSON object naming a slug. Forwarding
 * this instead of the raw text means what was checked is what HubSpot reads: a duplicated key
 * (`{"slug":"other","slug":"jdoe"}`) or a `Slug`/`SLUG` variant cannot name another page.
 */
export function sanitizeBookBody(raw: string): WireBookRequest | undefined {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(body)) return undefined;
  const slug = text(body.slug);
  if (slug === undefined || slug.trim() === '') return undefined;
  const startTime = typeof body.startTime === 'number' || typeof body.startTime === 'string' ? body.startTime : undefined;
  const out: Partial<WireBookRequest> & { slug: string } = {
    slug,
    firstName: text(body.firstName),
    lastName: text(body.lastName),
    email: text(body.email),
    startTime,
    duration: typeof body.duration === 'number' ? body.duration : undefined,
    guestEmails: strings(body.guestEmails),
    timezone: text(body.timezone),
    locale: text(body.locale),
    likelyAvailableUserIds: strings(body.likelyAvailableUserIds),
  };
  if (Array.isArray(body.formFields)) {
    out.formFields = body.formFields.filter(isRecord).flatMap((field) => {
      const name = text(field.name);
      const value = text(field.value);
      return name === undefined || value === undefined ? [] : [{ name, value }];
    });
  }
  if (Array.isArray(body.legalConsentResponses)) {
    out.legalConsentResponses = body.legalConsentResponses.filter(isRecord).flatMap((item) => {
      const id = item.communicationTypeId;
      const communicationTypeId = typeof id === 'number' ? String(id) : text(id);
      return communicationTypeId === undefined || typeof item.consented !== 'boolean'
        ? []
        : [{ communicationTypeId, consented: item.consented }];
    });
  }
  // Absent fields stay absent (HubSpot says which required one is missing).
  for (const key of Object.keys(out) as (keyof typeof out)[]) if (out[key] === undefined) delete out[key];
  return out as WireBookRequest;
}

/** The booked interval in epoch ms, when the body names a valid start and duration. */
export function bookedInterval(body: WireBookRequest): { start: number; end: number } | undefined {
  const start = typeof body.startTime === 'number' ? body.startTime : Date.parse(body.startTime);
  if (!Number.isFinite(start) || typeof body.duration !== 'number' || !(body.duration > 0)) return undefined;
  return { start, end: start + body.duration };
}
