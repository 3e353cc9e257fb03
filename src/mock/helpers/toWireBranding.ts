import type { WireBrandingMetadata } from '../../api/wireTypes';
import type { FakeBrandingDefinition } from '../FakeLinkDefinition';

/**
 * `brandingMetadata` with the fields HubSpot's published types require: the logo's alt text
 * (the company name when the scenario gives none, as HubSpot's own settings default it) and the
 * two ad flags. Everything the scenario set is kept as written.
 */
export function toWireBranding(branding: FakeBrandingDefinition): WireBrandingMetadata {
  return {
    ...structuredClone(branding),
    logoAltText: branding.logoAltText ?? branding.companyName ?? '',
    showMarketingAd: branding.showMarketingAd ?? false,
    showSalesAd: branding.showSalesAd ?? false,
  };
}
