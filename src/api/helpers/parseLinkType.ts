import type { LinkType } from '../types';
import { readEnum } from './readEnum';

const LINK_TYPES: readonly LinkType[] = ['PERSONAL_LINK', 'GROUP_CALENDAR', 'ROUND_ROBIN_CALENDAR'];

/** The link type; an unknown one reads as a personal link, the type with the fewest assumptions. */
export function parseLinkType(value: unknown): LinkType {
  return readEnum(value, LINK_TYPES) ?? 'PERSONAL_LINK';
}
