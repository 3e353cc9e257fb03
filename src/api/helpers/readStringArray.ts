import { readArray } from './readArray';
import { readId } from './readId';

/** A list of non-empty strings (whole numbers written out); other items are dropped. */
export function readStringArray(value: unknown): string[] {
  const result: string[] = [];
  for (const item of readArray(value)) {
    const text = readId(item);
    if (text !== undefined) result.push(text);
  }
  return result;
}
