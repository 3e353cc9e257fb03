import type { ConsoleMessage, Page, Request, Response } from 'playwright-core';

/** Something that went wrong in a page: a console error, an uncaught exception, or a request that failed. */
export interface PageProblem {
  kind: 'console' | 'pageerror' | 'requestfailed' | 'response';
  /** The console text, exception message, network error text or `status statusText`. */
  text: string;
  /** The request's (or console message's source) URL, when there is one. */
  url?: string;
  /** HTTP status for `response` problems. */
  status?: number;
}

/** Collects a page's problems; `take()` returns them and starts a new list (one list per scenario). */
export interface PageProblems {
  take(): PageProblem[];
}

/**
 * Listens to everything a user would notice in DevTools: console errors, uncaught exceptions,
 * failed requests and HTTP error responses. Aborted requests are left out: a widget cancelling
 * a request it no longer needs (scenario switch, unmount) is correct behaviour, not a failure.
 */
export function watchPageProblems(page: Page): PageProblems {
  let problems: PageProblem[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    problems.push({ kind: 'console', text: message.text(), url: message.location().url || undefined });
  });
  page.on('pageerror', (error: Error) => problems.push({ kind: 'pageerror', text: `${error.name}: ${error.message}` }));
  page.on('requestfailed', (request: Request) => {
    const text = request.failure()?.errorText ?? 'failed';
    if (text.includes('ERR_ABORTED')) return;
    problems.push({ kind: 'requestfailed', text, url: request.url() });
  });
  page.on('response', (response: Response) => {
    if (response.status() < 400) return;
    problems.push({
      kind: 'response',
      text: `${response.status()} ${response.statusText()}`,
      url: response.url(),
      status: response.status(),
    });
  });
  return {
    take() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
