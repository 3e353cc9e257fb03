import type { LegalConsentResponse } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readId } from './readId';

/** `legalConsentResponses` echoed by the book call; entries without an id or answer are dropped. */
export function parseLegalConsentResponses(value: unknown): LegalConsentResponse[] {
  const responses: LegalConsentResponse[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    const communicationTypeId = readId(item.communicationTypeId);
    const consented = readBoolean(item.consented);
    if (communicationTypeId !== undefined && consented !== undefined) responses.push({ communicationTypeId, consented });
  }
  return responses;
}
