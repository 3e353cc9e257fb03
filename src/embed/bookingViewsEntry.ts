// The entry of dist/meeting-scheduler.embed.booking.js: hands the form and confirmation to the
// embed that loaded it. Every module the embed already has is imported from it, not bundled again.
import * as bookingViews from '../components/bookingViews';
import { receiveBookingViews } from './bookingViewsBesideEmbed';

receiveBookingViews(bookingViews);
