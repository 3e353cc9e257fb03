import type { Branding } from '../types';
import { isRecord } from './isRecord';
import { readBoolean } from './readBoolean';
import { readHexColor } from './readHexColor';
import { readNumber } from './readNumber';
import { readText } from './readText';
import { withDefined } from './withDefined';

function positive(value: unknown): number | undefined {
  const number = readNumber(value);
  return number !== undefined && number > 0 ? number : undefined;
}

/** "Somerville, MA 02145" from whichever of city, state and zip are known. */
function cityLine(city?: string, state?: string, zip?: string): string | undefined {
  const region = [state, zip].filter((part) => part !== undefined).join(' ');
  const line = [city, region === '' ? undefined : region].filter((part) => part !== undefined).join(', ');
  return line === '' ? undefined : line;
}

/**
 * `brandingMetadata`; a missing block is no branding. Colours that are not `#rgb`/`#rrggbb` are
 * dropped; the address becomes display lines (street lines, "city, state zip", country) with the
 * sample's nulls left out.
 */
export function parseBranding(value: unknown): Branding {
  const meta = isRecord(value) ? value : {};
  const companyAddress = [
    readText(meta.companyAddressLine1),
    readText(meta.companyAddressLine2),
    cityLine(readText(meta.companyCity), readText(meta.companyState), readText(meta.companyZip)),
    readText(meta.companyCountry),
  ].filter((line): line is string => line !== undefined);
  return withDefined<Branding>(
    {
      companyAddress,
      showMarketingAd: readBoolean(meta.showMarketingAd) ?? false,
      showSalesAd: readBoolean(meta.showSalesAd) ?? false,
    },
    {
      logoUrl: readText(meta.logoUrl),
      logoAltText: readText(meta.logoAltText),
      logoWidth: positive(meta.logoWidth),
      logoHeight: positive(meta.logoHeight),
      primaryColor: readHexColor(meta.primaryColor),
      secondaryColor: readHexColor(meta.secondaryColor),
      accentColor: readHexColor(meta.accentColor),
      accent2Color: readHexColor(meta.accent2Color),
      companyName: readText(meta.companyName),
      companyDomain: readText(meta.companyDomain),
      companyAvatar: readText(meta.companyAvatar),
    },
  );
}
