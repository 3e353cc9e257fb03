import type { CommunicationConsentCheckbox, LegalConsent, ProcessingConsentType } from '../types';
import { isRecord } from './isRecord';
import { readArray } from './readArray';
import { readBoolean } from './readBoolean';
import { readEnum } from './readEnum';
import { readId } from './readId';
import { readNumber } from './readNumber';
import { readText } from './readText';
import { withDefined } from './withDefined';

const PROCESSING_TYPES: readonly ProcessingConsentType[] = ['IMPLICIT', 'REQUIRED_CHECKBOX'];

function parseCheckboxes(value: unknown): CommunicationConsentCheckbox[] {
  const checkboxes: CommunicationConsentCheckbox[] = [];
  for (const item of readArray(value)) {
    if (!isRecord(item)) continue;
    // The id is what the book call answers with; a checkbox without one cannot be sent back.
    const communicationTypeId = readId(item.communicationTypeId);
    if (communicationTypeId === undefined) continue;
    checkboxes.push({
      communicationTypeId,
      label: readText(item.label) ?? '',
      required: readBoolean(item.required) ?? false,
    });
  }
  return checkboxes;
}

/**
 * `legalConsentOptions`, or absent when it is not an object. An unknown processing consent type
 * reads as `IMPLICIT` (a notice): the server checks consent itself, and a checkbox nobody asked
 * for would block visitors. Texts stay raw HTML here; the view sanitizes them.
 */
export function parseLegalConsent(value: unknown): LegalConsent | undefined {
  if (!isRecord(value)) return undefined;
  const consent: LegalConsent = {
    communicationConsentCheckboxes: parseCheckboxes(value.communicationConsentCheckboxes),
    processingConsentType: readEnum(value.processingConsentType, PROCESSING_TYPES) ?? 'IMPLICIT',
    isLegitimateInterest: readBoolean(value.isLegitimateInterest) ?? false,
    legitimateInterestSubscriptionTypes: readArray(value.legitimateInterestSubscriptionTypes)
      .map(readNumber)
      .filter((id): id is number => id !== undefined),
  };
  return withDefined(consent, {
    communicationConsentText: readText(value.communicationConsentText),
    processingConsentText: readText(value.processingConsentText),
    processingConsentCheckboxLabel: readText(value.processingConsentCheckboxLabel),
    processingConsentFooterText: readText(value.processingConsentFooterText),
    privacyPolicyText: readText(value.privacyPolicyText),
    legitimateInterestLegalBasis: readText(value.legitimateInterestLegalBasis),
  });
}
