// The views after a time is chosen, as one chunk loaded on demand (see lazyBookingViews.ts).
export { FlowBookingStep } from './FlowBookingStep';
export { Confirmation } from './Confirmation';
// English booking strings ride here too: a page that never books never loads them.
export { withBookingMessages } from '../i18n/withBookingMessages';
