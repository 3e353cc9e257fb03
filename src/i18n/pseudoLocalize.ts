import type { Messages } from './Messages';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Plain strings, looked up per letter (each accented letter is one UTF-16 unit): a table built at
// load would be a side effect that bundlers keep in every first load, pseudo-locale or not.
const ACCENTED = 'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';

/** Pseudo-localized text: every ASCII letter accented, the whole bracketed: 'Date' → '⟦Đåţé⟧'. */
export function pseudoText(text: string): string {
  return `⟦${text.replace(/[A-Za-z]/g, (letter) => ACCENTED.charAt(PLAIN.indexOf(letter)))}⟧`;
}

/**
 * Every message transformed by {@link pseudoText}, strings and function results alike (values
 * put into a function's text are transformed too). Text on screen that is not bracketed and
 * still has ASCII letters came from the data, from Intl, or from a string hard-coded by mistake.
 */
export function pseudoLocalize(messages: Messages): Messages {
  const entries = Object.entries(messages).map(([key, value]) => [
    key,
    typeof value === 'function' ? (...args: unknown[]) => pseudoText(String((value as (...a: unknown[]) => unknown)(...args))) : pseudoText(String(value)),
  ]);
  return Object.fromEntries(entries) as Messages;
}
