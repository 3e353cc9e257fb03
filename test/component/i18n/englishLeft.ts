import { scenarios } from '../../../src/mock/scenarios';
import type { ScenarioId } from '../../../src/mock/ScenarioId';

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'placeholder', 'title', 'alt'];

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, into);
  return into;
}

/** Latin words a scenario's own data may show: names, labels, options, texts the organizer wrote. */
export function dataWords(slug: ScenarioId, typed: readonly string[] = []): Set<string> {
  const words = [...strings(scenarios[slug]), ...typed].join(' ').match(/[A-Za-z]{2,}/g) ?? [];
  // Offsets Intl writes in any language ('GMT-4').
  return new Set([...words, 'GMT', 'UTC']);
}

/** Every text a visitor sees or hears inside `root`: text nodes and naming attributes. */
function shownTexts(root: Element): string[] {
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Avatars show initials of the organizer's name: data, cut short.
    if (node.parentElement?.closest('style, script, .ms-avatar__initials')) continue;
    if (node.textContent?.trim()) texts.push(node.textContent);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/**
 * Latin words on screen that are neither inside a pseudo-localized ⟦…⟧ message nor the scenario's
 * data. With Japanese for what Intl writes, whatever is left is English hard-coded in our views.
 */
export function englishLeft(root: Element, allowed: Set<string>): string[] {
  const left = new Set<string>();
  for (const text of shownTexts(root)) {
    const outside = text.replace(/⟦[^⟧]*⟧/g, ' ');
    for (const word of outside.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.has(word)) left.add(`${word} (in "${text.trim().slice(0, 80)}")`);
  }
  return [...left];
}
