// The entry of dist/meeting-scheduler.embed.booking.js: hands the form, the confirmation and the
// book call to the embed that loaded it. Every module the embed already has is imported from it,
// not bundled again.
import * as bookCall from '../api/sendBookRequest';
import * as bookingViews from '../components/bookingViews';
import { receiveBookCall } from './bookCallBesideEmbed';
import { receiveBookingViews } from './bookingViewsBesideEmbed';

// The book call first: the embed's wait for the views resolves the call's wait too.
receiveBookCall(bookCall);
receiveBookingViews(bookingViews);
