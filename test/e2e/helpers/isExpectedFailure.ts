import { matchMockRoute, type MockFault } from '../../../src/mock';
import type { PageProblem } from './watchPageProblems';

/**
 * True when a page problem is the intended effect of a failure variant's faults: an error status
 * the variant injects (or the 409 the fake answers after 'occupy-slot'), a network error it
 * injects, or Chromium's console line about either. Everything else is a real failure.
 */
export function isExpectedFailure(problem: PageProblem, faults: readonly MockFault[]): boolean {
  if (!problem.url) return false;
  const pathname = new URL(problem.url).pathname;
  const route = matchMockRoute('GET', pathname) ?? matchMockRoute('POST', pathname);
  if (!route) return false;
  const responses = faults.filter((fault) => fault.call === route.call).map((fault) => fault.response);
  const statuses = new Set(
    responses.flatMap((response) =>
      response === 'occupy-slot' ? [409] : typeof response === 'object' && 'status' in response ? [response.status] : [],
    ),
  );
  const networkError = responses.includes('network-error');
  switch (problem.kind) {
    case 'response':
      return problem.status !== undefined && statuses.has(problem.status);
    case 'requestfailed':
      return networkError;
    case 'console': {
      const status = /status of (\d{3})/.exec(problem.text)?.[1];
      return status === undefined ? networkError : statuses.has(Number(status));
    }
    default:
      return false;
  }
}
