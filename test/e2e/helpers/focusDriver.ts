import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The focused element, descending through shadow roots, as the page's scripts see it. */
export interface FocusedElement {
  tag: string;
  className: string;
  name: string;
  role: string;
  /** `aria-disabled`, `aria-busy`, `autocomplete`, `data-date`. */
  ariaDisabled: string | null;
  dataDate: string | null;
  text: string;
}

/**
 * Records the deep `activeElement` every animation frame into `window.__focusSamples` (one entry
 * per change: 'TAG.first-class'), until `stopFocusSampler`. Body and null are what must never
 * appear once focus is in the widget.
 */
export async function startFocusSampler(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __focusSamples: string[]; __focusSampling: boolean };
    w.__focusSamples = [];
    w.__focusSampling = true;
    const deep = (): Element | null => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return element;
    };
    const tick = () => {
      const element = deep();
      const first = element && typeof element.className === 'string' ? element.className.split(' ')[0] : '';
      const sample = element ? `${element.tagName}${first ? `.${first}` : ''}` : 'null';
      if (w.__focusSamples[w.__focusSamples.length - 1] !== sample) w.__focusSamples.push(sample);
      if (w.__focusSampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops the sampler and returns the focus changes it saw. */
export async function stopFocusSampler(page: Page): Promise<string[]> {
  // Two frames, so the last change is sampled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate(() => {
    const w = window as unknown as { __focusSamples: string[]; __focusSampling: boolean };
    w.__focusSampling = false;
    return w.__focusSamples;
  });
}

/** Fails when any sampled frame had focus on the page's body (or nowhere). */
export function expectFocusNeverLost(samples: string[]): void {
  expect(samples.filter((sample) => sample === 'BODY' || sample === 'null' || sample === 'HTML'), samples.join(' > ')).toEqual([]);
}

/** The deep focused element. */
export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const root = element?.getRootNode() as Document | ShadowRoot | undefined;
    const labelledBy = element?.getAttribute('aria-labelledby');
    const labelFor = element?.id ? root?.querySelector(`label[for="${element.id}"]`)?.textContent : undefined;
    const name =
      element?.getAttribute('aria-label') ??
      (labelledBy ? root?.getElementById(labelledBy)?.textContent : undefined) ??
      labelFor ??
      element?.textContent ??
      '';
    return {
      tag: element?.tagName ?? 'null',
      className: element && typeof element.className === 'string' ? element.className : '',
      name: name.trim(),
      role: element?.getAttribute('role') ?? '',
      ariaDisabled: element?.getAttribute('aria-disabled') ?? null,
      dataDate: element?.getAttribute('data-date') ?? null,
      text: (element?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until `match` holds for the focused element (at most `limit` presses). */
export async function tabTo(page: Page, match: (element: FocusedElement) => boolean, limit = 30): Promise<FocusedElement> {
  for (let press = 0; press < limit; press += 1) {
    const element = await focused(page);
    if (match(element)) return element;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the element; last: ${JSON.stringify(await focused(page))}`);
}

/** The text of the widget's shared live region (`[data-announcer]`), through shadow roots. */
export async function announcerText(page: Page): Promise<string> {
  const region = page.locator('[data-announcer]');
  return (await region.count()) > 0 ? ((await region.textContent()) ?? '') : '';
}
