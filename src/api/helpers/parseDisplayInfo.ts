import type { DisplayInfo } from '../types';
import { isRecord } from './isRecord';
import { readEnum } from './readEnum';
import { readText } from './readText';
import { withDefined } from './withDefined';

const AVATAR_OPTIONS = ['PROFILE_IMAGE', 'COMPANY_LOGO', 'CUSTOM_AVATAR'] as const;

/** `displayInfo`; a missing block is an empty one, an unknown avatar option is absent. */
export function parseDisplayInfo(value: unknown): DisplayInfo {
  const info = isRecord(value) ? value : {};
  return withDefined<DisplayInfo>(
    {},
    {
      avatar: readText(info.avatar),
      companyAvatar: readText(info.companyAvatar),
      headline: readText(info.headline),
      publicDisplayAvatarOption: readEnum(info.publicDisplayAvatarOption, AVATAR_OPTIONS),
    },
  );
}
