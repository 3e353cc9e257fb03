/**
 * React Query's network mode for every call of the widget. The default (`online`) pauses a query
 * or mutation while the browser is offline, with no message (a skeleton forever, "Booking…"), and
 * then sends it by itself when the connection returns: for the book call, a POST the visitor did
 * not ask for at that moment. `always` runs them at once; the client rejects with an `offline`
 * error without sending, the views say so, and reads refetch on reconnect (`refetchOnReconnect`
 * must then be set: React Query turns it off by default for `always`).
 */
export const MEETINGS_NETWORK_MODE = 'always' as const;
