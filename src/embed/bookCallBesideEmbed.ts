import { bookingViewsBesideEmbed } from './bookingViewsBesideEmbed';

type BookCall = typeof import('../api/sendBookRequest');

let received: BookCall | undefined;

/** Called by the booking-views file as it runs (src/embed/bookingViewsEntry.ts). */
export function receiveBookCall(module: BookCall): void {
  received = module;
}

/**
 * What the embed build puts in place of the client's `import('./sendBookRequest')`: the book call
 * and its answer's parsing ride in the booking-views file, since only the form it carries can
 * book. By the time a visitor books, that file has run; otherwise this loads it first (and a
 * failed load rejects, which the client reports as a network error).
 */
export function bookCallBesideEmbed(): Promise<BookCall> {
  return bookingViewsBesideEmbed().then(() => {
    if (!received) throw new Error('meeting-scheduler: the booking-views file did not hand over the book call');
    return received;
  });
}
