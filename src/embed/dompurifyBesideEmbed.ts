import type createDOMPurify from 'dompurify';
import { embedAssetUrl } from './embedAssetUrl';
import { DOMPURIFY_GLOBAL, embedFiles } from './embedFiles';
import { loadScript } from './loadScript';

type DOMPurifyModule = { default: typeof createDOMPurify };
type WithDOMPurify = { [DOMPURIFY_GLOBAL]?: typeof createDOMPurify };

let loading: Promise<DOMPurifyModule> | undefined;

/**
 * What the embed build puts in place of `import('dompurify')`: DOMPurify (~10 kB gzip) stays out
 * of the embed's first file and is fetched, from beside the bundle, only when a consent text with
 * HTML is shown. A failed load can be retried later.
 */
export function dompurifyBesideEmbed(): Promise<DOMPurifyModule> {
  loading ??= loadScript(embedAssetUrl(embedFiles.dompurify)).then(() => {
    const factory = (window as WithDOMPurify)[DOMPURIFY_GLOBAL];
    if (!factory) throw new Error(`meeting-scheduler: ${embedFiles.dompurify} did not define DOMPurify`);
    return { default: factory };
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
