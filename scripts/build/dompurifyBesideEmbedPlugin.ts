import type { Plugin } from 'vite';
import { fromRoot } from './embedBuildConfig.js';

const DYNAMIC_IMPORT = /\bimport\(\s*(['"])dompurify\1\s*\)/g;

/**
 * An IIFE cannot split, so `import('dompurify')` would inline DOMPurify into the embed's first
 * file. This rewrites it to `dompurifyBesideEmbed()` (src/embed), which loads the separate
 * DOMPurify file from beside the bundle, and fails the build should DOMPurify still end up inside.
 */
export function dompurifyBesideEmbedPlugin(): Plugin {
  const loader = fromRoot('src/embed/dompurifyBesideEmbed.ts');
  let rewritten = 0;
  return {
    name: 'meeting-scheduler:dompurify-beside-embed',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('/node_modules/') || !DYNAMIC_IMPORT.test(code)) return null;
      rewritten += 1;
      DYNAMIC_IMPORT.lastIndex = 0;
      return code.replace(DYNAMIC_IMPORT, `import(${JSON.stringify(loader)}).then((m) => m.dompurifyBesideEmbed())`);
    },
    generateBundle(_options, bundle) {
      if (rewritten === 0) this.error("no import('dompurify') was found to move out of the embed: update dompurifyBesideEmbedPlugin");
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk' && Object.keys(item.modules).some((id) => id.includes('/node_modules/dompurify/'))) {
          this.error(`DOMPurify is still inside ${item.fileName}`);
        }
      }
    },
  };
}
