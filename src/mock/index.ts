/**
 * `meeting-scheduler/mock`: a realistic fake of HubSpot's Meetings API v3 for tests, demos and
 * development without a HubSpot account. Browser-safe (no Node built-ins); the Node server lives
 * in `meeting-scheduler/mock/server`.
 */
export { createFakeScheduler } from './createFakeScheduler';
export type { FakeSchedulerOptions } from './createFakeScheduler';
export type { FakeLinkDefinition, FakeInstant } from './FakeLinkDefinition';
export type { FakeMemberDefinition, FakeBusyTimes } from './FakeMemberDefinition';
export type { FakeScheduler, FakeResponse, FakeBooking, FakeListQuery, FakeMonthQuery } from './FakeScheduler';
export { scenarios } from './scenarios';
export type { FakeScenario } from './FakeScenario';
export type { ScenarioId } from './ScenarioId';
export { createScenarioScheduler } from './createScenarioScheduler';
export type { ScenarioSchedulerOptions } from './createScenarioScheduler';
export { failureVariants } from './failureVariants';
export type { FailureVariant, FailureVariantId } from './failureVariants';
export { createMockHandlers } from './createMockHandlers';
export type { MockHandlersOptions } from './createMockHandlers';
export type { MockBackend } from './MockBackend';
export type { MockFault, MockCall, MockFaultResponse } from './MockFault';
export type { RecordedRequest } from './RecordedRequest';
export { matchMockRoute } from './matchMockRoute';
export type { MockRoute } from './matchMockRoute';
export { bookingInfoFixture } from './fixtures/bookingInfoFixture';
export { availabilityPageFixture } from './fixtures/availabilityPageFixture';
export { bookRequestFixture } from './fixtures/bookRequestFixture';
export { bookResponseFixture } from './fixtures/bookResponseFixture';
export { meetingLinksFixture } from './fixtures/meetingLinksFixture';
