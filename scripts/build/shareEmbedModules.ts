import { parseAst, type Plugin } from 'vite';
import { SHARED_MODULES_PROPERTY } from '../../src/embed/embedFiles.js';
import { fromRoot } from './embedBuildConfig.js';

const SHARED_PREFIX = 'shared:';
// The prologue's parameter: a name no minifier picks, so no local binding shadows it.
const SHARED = '$meetingSchedulerShared';

/** The bindings the second file takes from one module of the embed: names, or `*` for all. */
export interface SharedModule {
  id: string;
  names: Set<string>;
}

/** Is this module one the embed can hand over: a real file, not a virtual or query module. */
export const isShareable = (id: string): boolean => id.startsWith('/') && !id.includes('?');

/**
 * For the second file's build: every module the embed already bundles becomes an external
 * `shared:<id>` import, so the file bundles only what the embed lacks.
 */
export function importFromEmbedPlugin(embedModules: ReadonlySet<string>): Plugin {
  return {
    name: 'meeting-scheduler:import-from-embed',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source.startsWith(SHARED_PREFIX)) return { id: source, external: true };
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && !resolved.external && embedModules.has(resolved.id)) return { id: SHARED_PREFIX + resolved.id, external: true };
      return resolved;
    },
  };
}

/**
 * Turns the second file's ES-module output into a classic script that reads its imports from what
 * the embed of build `buildId` set on its `<script>` element. Each import statement becomes spaces of the same length, so
 * the code keeps its columns and its source map needs only the one added line.
 */
export function toClassicScript(esmCode: string, buildId: string): { code: string; shared: SharedModule[] } {
  const modules = new Map<string, SharedModule>();
  const indexOf = (id: string): number => {
    if (!modules.has(id)) modules.set(id, { id, names: new Set() });
    return [...modules.keys()].indexOf(id);
  };
  const bindings: string[] = [];
  let body = esmCode;
  for (const node of parseAst(esmCode).body) {
    if (node.type !== 'ImportDeclaration') continue;
    const source = String(node.source.value);
    if (!source.startsWith(SHARED_PREFIX)) throw new Error(`the booking-views file imports ${source}, which is not shared`);
    body = body.slice(0, node.start) + ' '.repeat(node.end - node.start) + body.slice(node.end);
    // A bare `import 'x'` asks for nothing the embed has not already run.
    if (node.specifiers.length === 0) continue;
    const id = source.slice(SHARED_PREFIX.length);
    const index = indexOf(id);
    const module = modules.get(id)!;
    for (const specifier of node.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') {
        module.names.add('*');
        bindings.push(`${specifier.local.name}=${SHARED}[${index}]["*"]`);
      } else {
        const imported =
          specifier.type === 'ImportDefaultSpecifier' ? 'default' : 'name' in specifier.imported ? specifier.imported.name : String(specifier.imported.value);
        module.names.add(imported);
        bindings.push(`${specifier.local.name}=${SHARED}[${index}][${JSON.stringify(imported)}]`);
      }
    }
  }
  if (/\bimport\s*\(\s*["']shared:|\bimport\.meta\b/.test(body)) throw new Error('the booking-views file needs module features a classic script lacks');
  const mapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/.exec(body);
  const code = mapComment ? body.slice(0, mapComment.index) : body;
  const handOver = `document.currentScript&&document.currentScript.${SHARED_MODULES_PROPERTY}`;
  // Nothing handed over, or by an embed of another build: the file does nothing, and the embed's
  // loader reports that the views never arrived.
  const prologue = `(function(h){"use strict";var ${SHARED}=h&&h.id===${JSON.stringify(buildId)}&&h.modules;if(!${SHARED})return;var ${bindings.join(',') || '_'};`;
  return {
    code: `${prologue}\n${code}\n})(${handOver});${mapComment ? mapComment[0] : ''}`,
    shared: [...modules.values()],
  };
}

/** The source that replaces src/embed/sharedModules.ts in the embed's build. */
export function sharedModulesSource(shared: readonly SharedModule[], buildId: string): string {
  const imports: string[] = [];
  const entries = shared.map((module, index) => {
    const names = [...module.names].filter((name) => name !== '*');
    const fields = names.map((name, nameIndex) => `${JSON.stringify(name)}: s${index}_${nameIndex}`);
    if (names.length > 0) {
      imports.push(`import { ${names.map((name, nameIndex) => `${name} as s${index}_${nameIndex}`).join(', ')} } from ${JSON.stringify(module.id)};`);
    }
    if (module.names.has('*')) {
      imports.push(`import * as s${index} from ${JSON.stringify(module.id)};`);
      fields.push(`"*": s${index}`);
    }
    return `{ ${fields.join(', ')} }`;
  });
  return [...imports, `export function sharedModules() {`, `  return { id: ${JSON.stringify(buildId)}, modules: [${entries.join(', ')}] };`, '}', ''].join('\n');
}

/** For the embed's build: src/embed/sharedModules.ts becomes `source`. */
export function shareModulesPlugin(source: string): Plugin {
  const stub = fromRoot('src/embed/sharedModules.ts');
  return {
    name: 'meeting-scheduler:share-modules',
    enforce: 'pre',
    load(id) {
      return id === stub ? { code: source, map: null } : null;
    },
  };
}
