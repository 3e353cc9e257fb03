import { readText } from './readText';

const SUB_CATEGORY = /UNAVAILABLE|SLOT|TAKEN|ALREADY_BOOKED|CONFLICT/i;
const MESSAGE = /\b(?:no longer available|not available|unavailable|already (?:been )?(?:booked|taken)|is taken|was taken)\b/i;

/**
 * Whether a 400/422 body says the chosen time was taken meanwhile. HubSpot answers that with a
 * 400 rather than a 409, so the sub-category and message decide; the view then offers other
 * times instead of blaming the form.
 */
export function isSlotUnavailable(body: Record<string, unknown>): boolean {
  const category = readText(body.category);
  const subCategory = readText(body.subCategory);
  const message = readText(body.message);
  return (
    category?.toUpperCase() === 'CONFLICT' ||
    (subCategory !== undefined && SUB_CATEGORY.test(subCategory)) ||
    (message !== undefined && MESSAGE.test(message))
  );
}
