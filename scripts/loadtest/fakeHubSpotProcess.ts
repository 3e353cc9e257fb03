// The fake HubSpot in a process of its own, so the load generator's busy event loop never delays
// (or bunches up) its answers and arrival times. Controlled over /__control/* on the same port.
import { startFakeHubSpot } from './startFakeHubSpot';

const options = JSON.parse(process.env.FAKE_OPTIONS ?? '{}') as Parameters<typeof startFakeHubSpot>[0];
const fake = await startFakeHubSpot({
  ...options,
  control: (path) => {
    // After this answer has gone out: going down drops every connection, this one too.
    if (path === '/__control/down') setTimeout(() => fake.setDown(true), 20);
    else if (path === '/__control/up') fake.setDown(false);
    else if (path === '/__control/report') {
      return {
        busiestWindow: fake.busiestWindow(),
        log: fake.log,
        bookings: fake.scheduler.bookings.map((booking) => ({ email: booking.request.email })),
      };
    }
    return { ok: true };
  },
});
process.stdout.write(`listening ${new URL(fake.url).port}\n`);
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
