export type MeetingsApiErrorKind =
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response';

/** A server-side validation message tied to a field of the book request (e.g. `email`). */
export interface FieldError {
  field: string;
  message: string;
  /** The error's code when the body gives one (`REQUIRED`, `INVALID_EMAIL`), to show our own text. */
  code?: string;
}

export interface MeetingsApiErrorInit {
  kind: MeetingsApiErrorKind;
  message: string;
  status?: number;
  correlationId?: string;
  category?: string;
  fieldErrors?: FieldError[];
  retryAfterMs?: number;
  cause?: unknown;
}

/** Every failure of the client is one of these, so views can switch on `kind`. */
export class MeetingsApiError extends Error {
  override readonly name = 'MeetingsApiError';
  readonly kind: MeetingsApiErrorKind;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** HubSpot's correlation id, worth quoting to support. */
  readonly correlationId?: string;
  /** HubSpot's error category, e.g. `VALIDATION_ERROR`. */
  readonly category?: string;
  /** Per-field messages when a validation body names fields; empty otherwise. */
  readonly fieldErrors: FieldError[];
  /** From `Retry-After` on a 429. */
  readonly retryAfterMs?: number;

  constructor(init: MeetingsApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.correlationId = init.correlationId;
    this.category = init.category;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isMeetingsApiError(value: unknown): value is MeetingsApiError {
  return value instanceof MeetingsApiError;
}
