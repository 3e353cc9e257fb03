import type { WireErrorBody } from '../../api/wireTypes';
import type { FakeResponse } from '../FakeScheduler';

/** One field problem in a validation body; `in` names the request field. */
export interface FakeFieldError {
  message: string;
  in: string;
  code: string;
}

/** A HubSpot-like correlation id (a v4 UUID), worth quoting to support. */
export function correlationId(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** 400 VALIDATION_ERROR naming the fields at fault. */
export function validationError(errors: readonly FakeFieldError[], message?: string): FakeResponse {
  const body: WireErrorBody = {
    status: 'error',
    category: 'VALIDATION_ERROR',
    message: message ?? `Invalid input: ${errors.map((error) => `${error.in}: ${error.message}`).join('; ')}`,
    correlationId: correlationId(),
    errors: errors.map((error) => ({ ...error })),
  };
  return { status: 400, body };
}

/** 404 for a slug HubSpot does not know. */
export function notFoundError(slug: string): FakeResponse {
  const body: WireErrorBody = {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Meeting link not found for slug "${slug}".`,
    correlationId: correlationId(),
  };
  return { status: 404, body };
}

/** 409 for a time that is no longer offered. */
export function slotUnavailableError(): FakeResponse {
  const body: WireErrorBody = {
    status: 'error',
    category: 'CONFLICT',
    subCategory: 'MEETING_SLOT_UNAVAILABLE',
    message: 'The requested time is no longer available.',
    correlationId: correlationId(),
  };
  return { status: 409, body };
}

/** 500 as HubSpot answers an internal failure. */
export function internalError(): FakeResponse {
  const body: WireErrorBody = {
    status: 'error',
    category: 'INTERNAL_ERROR',
    message: 'An internal error occurred.',
    correlationId: correlationId(),
  };
  return { status: 500, body };
}
