/** `meeting-scheduler/proxy`: the server-side proxy between the widget and HubSpot. */
export { createMeetingsProxy } from './createMeetingsProxy';
export type { MeetingsProxyHandler } from './createMeetingsProxy';
export type { MeetingsProxyOptions, MeetingsProxyToken } from './MeetingsProxyOptions';
export { toNodeHandler } from './toNodeHandler';
export type { NodeRequestListener } from './toNodeHandler';
