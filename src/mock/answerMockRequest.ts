import type { FaultQueue } from './createFaultQueue';
import type { FakeResponse, FakeScheduler } from './FakeScheduler';
import { parseStartTime } from './helpers/parseStartTime';
import type { MockRoute } from './matchMockRoute';
import { runMockCall, unknownRouteResponse } from './runMockCall';

/** What both adapters (MSW, Node server) share: the fake, its faults and the latency. */
export interface MockRequestContext {
  scheduler: FakeScheduler;
  faults: FaultQueue;
  /** Latency of every call in ms, read per request. */
  latencyMs(): number;
}

/** A request reduced to what the fake needs. */
export interface MockRequestInput {
  method: string;
  path: string;
  query: Readonly<Record<string, string>>;
  body: unknown;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Answers one request: the latency, then the call's faults (delays, a canned answer, a network
 * error, or occupying the requested slot), then the fake itself.
 */
export async function answerMockRequest(
  context: MockRequestContext,
  route: MockRoute | undefined,
  request: MockRequestInput,
): Promise<FakeResponse | 'network-error'> {
  if (!route) return unknownRouteResponse(request.method, request.path);
  const latency = context.latencyMs();
  if (latency > 0) await wait(latency);
  for (const fault of context.faults.take(route.call)) {
    if (fault === 'network-error') return 'network-error';
    if (fault === 'occupy-slot') {
      occupyRequestedSlot(context.scheduler, request.body);
    } else if ('delayMs' in fault) {
      await wait(fault.delayMs);
    } else {
      return { status: fault.status, body: fault.body, ...(fault.headers ? { headers: fault.headers } : {}) };
    }
  }
  return runMockCall(context.scheduler, route, request.query, request.body);
}

/** Someone else takes the slot a book body asks for; a body naming no valid slot changes nothing. */
function occupyRequestedSlot(scheduler: FakeScheduler, body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const { slug, startTime, duration } = body as Record<string, unknown>;
  const start = parseStartTime(startTime);
  const length = Number(duration);
  if (typeof slug !== 'string' || start === undefined || !(length > 0)) return;
  try {
    scheduler.occupy(slug, start, length);
  } catch {
    // Unknown slug: the fake answers 404 on its own.
  }
}
