import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on `container` and fails with a readable list of violations. Colour contrast is
 * off: jsdom computes no styles, so that rule could only give false results; the browser
 * end-to-end tests check contrast in Chromium.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const report = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  );
  expect(report).toEqual([]);
}
