/**
 * The four paths as route patterns with `:apiVersion` and `:slug` parameters, in the syntax of
 * MSW, Express and Next.js rewrites, for handlers that serve every API version at once.
 */
export const meetingsApiRoutePatterns = {
  meetingLinks: '/scheduler/:apiVersion/meetings/meeting-links',
  bookingInfo: '/scheduler/:apiVersion/meetings/meeting-links/book/:slug',
  availabilityPage: '/scheduler/:apiVersion/meetings/meeting-links/book/availability-page/:slug',
  book: '/scheduler/:apiVersion/meetings/meeting-links/book',
} as const;
