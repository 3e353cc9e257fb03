import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A page-level trap, loaded first as /trap.js (an external file, so strict CSPs allow it): counts
 * script executions a payload could cause (alert/confirm/prompt, `window.__xss()`), errors reaching
 * the host's window.onerror or unhandledrejection, and CSP / Trusted Types violations.
 */
export const TRAP_SCRIPT = `
  window.__trap = { executions: 0, hostErrors: [], violations: [] };
  const hit = () => { window.__trap.executions += 1; };
  window.alert = hit; window.confirm = hit; window.prompt = hit; window.__xss = hit;
  window.onerror = (message) => { window.__trap.hostErrors.push('onerror: ' + String(message)); };
  window.addEventListener('unhandledrejection', (event) => {
    window.__trap.hostErrors.push('unhandledrejection: ' + String(event.reason && event.reason.message || event.reason));
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__trap.violations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || ''));
  });
`;

/** What the trap counted. */
export interface TrapCounts {
  executions: number;
  hostErrors: string[];
  violations: string[];
}

/** Writes /trap.js into a served folder. */
export function writeTrap(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'trap.js'), TRAP_SCRIPT);
}

export async function readTrap(page: Page): Promise<TrapCounts> {
  return page.evaluate(() => (window as unknown as { __trap: TrapCounts }).__trap);
}
