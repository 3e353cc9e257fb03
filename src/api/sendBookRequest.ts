import { bookingVerificationHeaders } from './helpers/bookingVerificationHeaders';
import { buildQueryString } from './helpers/buildQueryString';
import { createIdempotencyKey, IDEMPOTENCY_KEY_HEADER } from './helpers/createIdempotencyKey';
import { sendRequest } from './helpers/sendRequest';
import { parseBookingResult } from './parseBookingResult';
import type { BookingResult, BookMeetingRequest, MeetingsClientOptions, RequestOptions } from './types';
import type { WireBookRequest } from './wireTypes';

/** What the client settled on for every call. */
export interface BookContext {
  options: MeetingsClientOptions;
  baseUrl: string;
  bookPath: string;
  timeoutMs: number;
  hostHeaders: () => HeadersInit | undefined;
}

/** The client's headers plus a call's own (the book call's verification token). */
function withHeaders(base: HeadersInit | undefined, extra: HeadersInit | undefined): HeadersInit | undefined {
  if (extra === undefined) return base;
  const headers = new Headers(base);
  new Headers(extra).forEach((value, name) => headers.set(name, value));
  return headers;
}

/** The book body exactly as the API takes it: known fields only, startTime in epoch ms. */
function toWireBookRequest(request: BookMeetingRequest): WireBookRequest {
  return {
    slug: request.slug,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email,
    startTime: request.startTime,
    duration: request.duration,
    guestEmails: request.guestEmails,
    timezone: request.timezone,
    locale: request.locale,
    formFields: request.formFields,
    legalConsentResponses: request.legalConsentResponses,
    likelyAvailableUserIds: request.likelyAvailableUserIds,
  };
}

/**
 * The client's `bookMeeting`, in its own module so an app's first load (which only browses) does
 * not carry it: the client imports it when the visitor books.
 */
export async function sendBookRequest(context: BookContext, bookRequest: BookMeetingRequest, request?: RequestOptions): Promise<BookingResult> {
  const path = `${context.bookPath}${buildQueryString({ timezone: bookRequest.timezone })}`;
  const verification = await bookingVerificationHeaders(context.options.getBookingVerificationToken);
  // A fresh key per call (each call is one submit): a proxy answers a resend of the same
  // request (the browser's own, after a dropped connection) with the first result.
  const headers = new Headers(withHeaders(context.hostHeaders(), verification));
  headers.set(IDEMPOTENCY_KEY_HEADER, createIdempotencyKey());
  const json = await sendRequest({
    url: `${context.baseUrl}${path}`,
    method: 'POST',
    body: toWireBookRequest(bookRequest),
    headers,
    fetch: context.options.fetch,
    timeoutMs: context.timeoutMs,
    signal: request?.signal,
    acceptNonJsonSuccess: true,
  });
  // A 2xx means booked: the request fills in whatever the answer lacks.
  return parseBookingResult(json, bookRequest);
}
