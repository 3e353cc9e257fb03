/** What failed: a missing page, bad input, a taken slot, a rate limit, the server, the network, a timeout, or an answer that could not be read. */
export type MeetingsApiErrorKind =
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'network'
  /** The browser is offline (`navigator.onLine` is false): nothing was sent. */
  | 'offline'
  | 'timeout'
  | 'invalid-response'
  /** The proxy's human check refused the booking, or the host's token callback failed. */
  | 'verification-failed';

/** A server-side validation message tied to a field of the book request (e.g. `email`). */
export interface FieldError {
  /** The book request's field, e.g. `email` or `formFields.company`. */
  field: string;
  /** What is wrong, as the server says it. */
  message: string;
  /** The error's code when the body gives one (`REQUIRED`, `INVALID_EMAIL`), to show our own text. */
  code?: string;
}

/** Constructor input of `MeetingsApiError`. */
export interface MeetingsApiErrorInit {
  /** What failed. */
  kind: MeetingsApiErrorKind;
  /** Readable description. */
  message: string;
  /**
   * HTTP status, when a response arrived.
   * @defaultValue none
   */
  status?: number;
  /**
   * HubSpot's correlation id.
   * @defaultValue none
   */
  correlationId?: string;
  /**
   * HubSpot's error category.
   * @defaultValue none
   */
  category?: string;
  /**
   * Per-field validation messages.
   * @defaultValue `[]`
   */
  fieldErrors?: FieldError[];
  /**
   * From `Retry-After` on a 429.
   * @defaultValue none
   */
  retryAfterMs?: number;
  /**
   * The underlying error.
   * @defaultValue none
   */
  cause?: unknown;
}

/** Every failure of the client is one of these, so views can switch on `kind`. */
export class MeetingsApiError extends Error {
  override readonly name = 'MeetingsApiError';
  /** What failed: switch on it to route the error. */
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

/** True for a `MeetingsApiError` (what every client failure is). */
export function isMeetingsApiError(value: unknown): value is MeetingsApiError {
  return value instanceof MeetingsApiError;
}
