import { embedAssetUrl } from './embedAssetUrl';

/**
 * Imports an ES module built next to the bundle (scripts/build/vite.locales.config.ts), from the
 * bundle's own URL: a classic script cannot split, but its dynamic `import()` can load modules.
 */
export function importBesideEmbed<T>(fileName: string): Promise<T> {
  return import(/* @vite-ignore */ embedAssetUrl(fileName)) as Promise<T>;
}
