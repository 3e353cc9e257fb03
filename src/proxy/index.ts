/** `meeting-scheduler/proxy`: the server-side proxy between the widget and HubSpot. */
export { createMeetingsProxy } from './createMeetingsProxy';
export type { MeetingsProxyHandler } from './createMeetingsProxy';
export type { MeetingsProxyOptions, MeetingsProxyToken, ReadCacheOptions } from './MeetingsProxyOptions';
export { toNodeHandler } from './toNodeHandler';
export type { NodeRequestListener } from './toNodeHandler';
export { createMemoryStore } from './store/createMemoryStore';
export type { MemoryStoreOptions } from './store/createMemoryStore';
export { createRedisStore } from './store/createRedisStore';
export type { RedisClientLike, RedisStoreOptions } from './store/createRedisStore';
export type { ProxyStore } from './store/ProxyStore';
export type { UpstreamBudgetOptions } from './budget/createUpstreamBudget';
export type { BookLimits } from './abuse/createBookLimiter';
export { setClientAddress } from './abuse/clientAddress';
export { hcaptchaVerifier, turnstileVerifier, VERIFICATION_HEADER } from './abuse/humanCheckVerifier';
export type { BookingVerdict, HumanCheckVerifierOptions, VerifyBooking } from './abuse/humanCheckVerifier';
export type { ProxyCall, ProxyEvent, ProxyEventHandler } from './events/ProxyEvent';
export { createJsonLineLogger } from './events/createJsonLineLogger';
export type { JsonLineLoggerOptions } from './events/createJsonLineLogger';
