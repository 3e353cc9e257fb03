/**
 * A small CSS walker for the style-isolation rule: the widget's CSS may only style the widget.
 * Enough for the stylesheets this project writes (and their minified build); not a full parser.
 */

/** A selector or at-rule that could affect the page around the widget. */
export interface CssScopeViolation {
  selector: string;
  reason: string;
}

const WIDGET_CLASS = /^ms-/;
// At-rules whose block holds ordinary style rules.
const GROUPING_AT_RULES = /^@(media|container|supports|layer|scope|starting-style)\b/;

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Splits on a character outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(' || char === '[') {
      depth += 1;
    } else if (char === ')' || char === ']') {
      depth -= 1;
    } else if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Compounds and the combinators between them: `.a > b + c` → [.a, >, b, +, c]. */
function splitCompounds(selector: string): string[] {
  const spaced = selector.replace(/\s*([>+~])\s*/g, ' $1 ');
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of spaced) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (/\s/.test(char) && depth === 0) {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  if (current) tokens.push(current);
  // A bare whitespace gap is the descendant combinator.
  const withCombinators: string[] = [];
  for (const token of tokens) {
    const previous = withCombinators[withCombinators.length - 1];
    if (previous !== undefined && !/^[>+~]$/.test(previous) && !/^[>+~]$/.test(token)) withCombinators.push(' ');
    withCombinators.push(token);
  }
  return withCombinators;
}

function classesOf(compound: string): string[] {
  // Attribute values may hold dots (`[href$=".pdf"]`): not classes.
  const withoutAttributes = compound.replace(/\[[^\]]*\]/g, '');
  return [...withoutAttributes.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] ?? '');
}

function hasWidgetClass(compound: string): boolean {
  const positive = compound.replace(/:not\([^)]*\)/g, '');
  return classesOf(positive).some((name) => WIDGET_CLASS.test(name)) || positive.startsWith(':host');
}

function checkSelector(selector: string): CssScopeViolation | null {
  const foreign = classesOf(selector).find((name) => !WIDGET_CLASS.test(name));
  if (foreign) return { selector, reason: `class ".${foreign}" is not prefixed "ms-"` };
  const tokens = splitCompounds(selector);
  // Walk left to right: a compound is inside the widget when it has a widget class, or hangs
  // below (descendant / child) a compound that is. Siblings of a widget element are the page's.
  let inside = false;
  let combinator = ' ';
  for (const token of tokens) {
    if (/^[ >+~]$/.test(token)) {
      combinator = token;
      continue;
    }
    inside = hasWidgetClass(token) || (inside && (combinator === ' ' || combinator === '>'));
  }
  return inside ? null : { selector, reason: 'matches elements outside the widget (no ms- class on it or an ancestor)' };
}

/** Every selector of `css` that could match an element outside the widget, plus @font-face/@import of URLs. */
export function findCssScopeViolations(css: string): CssScopeViolation[] {
  const violations: CssScopeViolation[] = [];
  const text = stripComments(css);
  let index = 0;

  const walk = (end: number): void => {
    while (index < end) {
      const open = text.indexOf('{', index);
      const semicolon = text.indexOf(';', index);
      if (semicolon !== -1 && (open === -1 || semicolon < open) && semicolon < end) {
        const statement = text.slice(index, semicolon).trim();
        if (/^@import\b/.test(statement)) violations.push({ selector: statement, reason: '@import left in the CSS' });
        index = semicolon + 1;
        continue;
      }
      if (open === -1 || open >= end) return;
      const prelude = text.slice(index, open).trim();
      const close = findBlockEnd(open);
      if (GROUPING_AT_RULES.test(prelude)) {
        index = open + 1;
        walk(close);
      } else if (/^@keyframes\b/.test(prelude) || /^@-webkit-keyframes\b/.test(prelude)) {
        const name = prelude.split(/\s+/)[1] ?? '';
        if (!WIDGET_CLASS.test(name)) violations.push({ selector: prelude, reason: 'keyframes name not prefixed "ms-"' });
      } else if (/^@font-face\b/.test(prelude)) {
        violations.push({ selector: prelude, reason: '@font-face loads a font: the widget makes no requests of its own' });
      } else if (/^@property\b/.test(prelude)) {
        const name = prelude.split(/\s+/)[1] ?? '';
        if (!/^--ms-/.test(name)) violations.push({ selector: prelude, reason: 'registered property not named --ms-*' });
      } else if (!prelude.startsWith('@')) {
        for (const selector of splitTopLevel(prelude, ',')) {
          const violation = checkSelector(selector);
          if (violation) violations.push(violation);
        }
      }
      index = close + 1;
    }
  };

  const findBlockEnd = (open: number): number => {
    let depth = 0;
    for (let position = open; position < text.length; position += 1) {
      if (text[position] === '{') depth += 1;
      if (text[position] === '}') {
        depth -= 1;
        if (depth === 0) return position;
      }
    }
    return text.length;
  };

  walk(text.length);
  return violations;
}
