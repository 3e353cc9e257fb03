// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

// Server-side rendering frameworks import the package on a server: no window, no document.
describe('the public entry without a DOM', () => {
  it('imports without throwing and exports the component', async () => {
    const entry = await import('../../src/index');
    expect(typeof entry.MeetingScheduler).toBe('function');
    expect(typeof entry.createMeetingsClient).toBe('function');
  });

  it('renderToString(<MeetingScheduler slug="x" />) renders the busy loading state', async () => {
    const { MeetingScheduler } = await import('../../src/index');
    const html = renderToString(<MeetingScheduler slug="x" />);
    expect(html).toContain('class="ms-root');
    expect(html).toMatch(/aria-busy="true"/);
  });

  it('sends no request from the server render (the browser asks, or the server prefetches)', async () => {
    const { MeetingScheduler } = await import('../../src/index');
    const requests: string[] = [];
    const fetchSpy: typeof fetch = (input) => {
      requests.push(String(input));
      return Promise.reject(new Error('no network in a server render'));
    };
    renderToString(<MeetingScheduler slug="x" apiBaseUrl="https://api.example.test" fetch={fetchSpy} />);
    await new Promise((done) => setTimeout(done, 10));
    expect(requests).toEqual([]);
  });

  it('renders each instance independently (no state shared between two widgets)', async () => {
    const { MeetingScheduler } = await import('../../src/index');
    const html = renderToString(
      <>
        <MeetingScheduler slug="first" />
        <MeetingScheduler slug="second" />
      </>,
    );
    expect(html.match(/class="ms-root/g)).toHaveLength(2);
  });
});
