/** `meeting-scheduler/mock/server`: the fake backend over node:http (Node only). */
export { startMockServer } from './startMockServer';
export type { MockServerOptions, RunningMockServer } from './startMockServer';
