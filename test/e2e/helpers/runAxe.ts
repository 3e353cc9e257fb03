import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** One axe violation, reduced to what a failing test should print. */
export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** CSS selectors of the offending nodes and axe's explanation for each. */
  nodes: string[];
}

/**
 * Runs axe-core inside the real browser on the widget root (`.ms-root` by default), colour
 * contrast included: only a real layout engine can compute it, which is why this check lives in
 * the browser tests and not in jsdom. Returns the violations (empty when clean).
 */
export async function runAxe(target: Page | Frame, selector = '.ms-root'): Promise<AxeViolationSummary[]> {
  const loaded = await target.evaluate(() => 'axe' in window);
  if (!loaded) await target.addScriptTag({ path: AXE_PATH });
  return target.evaluate(async (rootSelector) => {
    const root = document.querySelector(rootSelector);
    if (!root) throw new Error(`axe: nothing matches ${rootSelector}`);
    // The global the injected axe.min.js defines.
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const results = await axe.run(root, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  }, selector);
}
