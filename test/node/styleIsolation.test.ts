// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { embedStyles } from '../../src/embed/embedStyles';
import { findCssScopeViolations } from './helpers/findCssScopeViolations';
import { readCssWithImports } from './helpers/readCssWithImports';

const stylesheet = fileURLToPath(new URL('../../src/theme/styles.css', import.meta.url));

describe('style isolation of the widget CSS', () => {
  it('styles only ms- prefixed elements and what is inside them (src/theme/styles.css and its imports)', () => {
    const css = readCssWithImports(stylesheet);
    expect(findCssScopeViolations(css)).toEqual([]);
  });

  it('the checker catches what would leak into a host page', () => {
    const leaky = `
      button { all: unset }
      :root { --ms-accent: red }
      .ms-root + div { color: red }
      .card .ms-title { color: red }
      @media (min-width: 1px) { body .x { color: red } }
      @keyframes spin { to { rotate: 1turn } }
      @font-face { font-family: X; src: url(x.woff2) }
    `;
    expect(findCssScopeViolations(leaky).map((violation) => violation.selector)).toEqual([
      'button',
      ':root',
      '.ms-root + div',
      '.card .ms-title',
      'body .x',
      '@keyframes spin',
      '@font-face',
    ]);
  });

  it('the checker accepts scoped rules, including descendants of a widget element', () => {
    const scoped = `
      .ms-root { color: black }
      .ms-root button, .ms-calendar > tr td:not(.ms-x) { all: unset }
      .ms-slot[data-selected="true"]::before { content: "." }
      a[href$=".pdf"].ms-link { color: blue }
      @container ms (min-width: 560px) { .ms-body { display: grid } }
      @media (prefers-color-scheme: dark) { .ms-root:not([data-color-scheme="light"]) { color: white } }
      @keyframes ms-pulse { to { opacity: .5 } }
      :host { all: initial }
    `;
    expect(findCssScopeViolations(scoped)).toEqual([]);
  });

  it('the shadow-root stylesheet of the embed resets the host and keeps the widget CSS scoped', () => {
    expect(embedStyles).toMatch(/^:host\{all:initial;display:block\}/);
    expect(findCssScopeViolations(embedStyles)).toEqual([]);
  });
});
