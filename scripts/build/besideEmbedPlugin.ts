import type { Plugin } from 'vite';

/** One `import()` the embed build sends to a file beside the bundle instead of inlining it. */
export interface BesideEmbedImport {
  /** The dynamic import's specifier, exactly as written in the source. */
  specifier: string;
  /** The module (under src/embed) whose `exportName()` loads the file beside the bundle instead. */
  loader: string;
  exportName: string;
  /** A path fragment of a module that must then be in no chunk of this build. */
  mustLeave: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An IIFE cannot split, so an `import()` would inline what it imports into the embed's first file.
 * This rewrites each listed import to its loader, and fails the build should the module still end
 * up inside. `rewrites` counts what was rewritten, for the caller to check across builds: after
 * the split the DOMPurify import sits in the booking-views file, not the embed.
 */
export function besideEmbedPlugin(imports: readonly BesideEmbedImport[]): Plugin & { rewrites: Map<string, number> } {
  const rewrites = new Map(imports.map((entry) => [entry.specifier, 0]));
  const patterns = imports.map((entry) => ({
    entry,
    pattern: new RegExp(`(?<!\\btypeof\\s+)\\bimport\\(\\s*(['"])${escapeRegExp(entry.specifier)}\\1\\s*\\)`, 'g'),
  }));
  return {
    name: 'meeting-scheduler:beside-embed',
    enforce: 'pre',
    rewrites,
    transform(code, id) {
      if (id.includes('/node_modules/')) return null;
      let result = code;
      for (const { entry, pattern } of patterns) {
        result = result.replace(pattern, () => {
          rewrites.set(entry.specifier, (rewrites.get(entry.specifier) ?? 0) + 1);
          return `import(${JSON.stringify(entry.loader)}).then((m) => m.${entry.exportName}())`;
        });
      }
      return result === code ? null : { code: result, map: null };
    },
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const { entry } of patterns) {
          if (Object.keys(item.modules).some((id) => id.includes(entry.mustLeave))) this.error(`${entry.mustLeave} is still inside ${item.fileName}`);
        }
      }
    },
  };
}
