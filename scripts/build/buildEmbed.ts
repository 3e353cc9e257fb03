// Builds the embed's first file and the booking-views file beside it (npm run build):
//   dist/meeting-scheduler.embed.js          everything a visitor needs to pick a time
//   dist/meeting-scheduler.embed.booking.js  the form, confirmation and book call, on the embed's own modules
// Both are classic scripts (no CORS needed from the host). An IIFE cannot share modules with
// another file, so the embed hands the second one exactly the bindings it imports:
//   1. build the embed once to learn which modules it bundles;
//   2. build the booking views with those modules external, as an ES module, and turn that into
//      a classic script that reads them from the embed (shareEmbedModules.ts);
//   3. build the embed again, now sharing those bindings, and check no module is in both files
//      (a module in both would be a second copy with its own state, e.g. a React context).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { build, mergeConfig, type Rolldown, type UserConfig } from 'vite';
import { embedFiles } from '../../src/embed/embedFiles.js';
import { besideEmbedPlugin, type BesideEmbedImport } from './besideEmbedPlugin.js';
import { embedBuildConfig, fromRoot } from './embedBuildConfig.js';
import { importFromEmbedPlugin, isShareable, shareModulesPlugin, sharedModulesSource, toClassicScript } from './shareEmbedModules.js';

const dompurify: BesideEmbedImport = {
  specifier: 'dompurify',
  loader: fromRoot('src/embed/dompurifyBesideEmbed.ts'),
  exportName: 'dompurifyBesideEmbed',
  mustLeave: '/node_modules/dompurify/',
};
const bookingViews: BesideEmbedImport = {
  specifier: './bookingViews',
  loader: fromRoot('src/embed/bookingViewsBesideEmbed.ts'),
  exportName: 'bookingViewsBesideEmbed',
  mustLeave: '/src/components/bookingViews.ts',
};
// Only the form can book, so the call and its answer's parsing travel with it.
const bookCall: BesideEmbedImport = {
  specifier: './sendBookRequest',
  loader: fromRoot('src/embed/bookCallBesideEmbed.ts'),
  exportName: 'bookCallBesideEmbed',
  mustLeave: '/src/api/sendBookRequest.ts',
};

type Output = Rolldown.RolldownOutput;

/**
 * V8's explicit compile hint (Chromium 136+; a comment elsewhere): compile every function of the
 * file eagerly, on the background thread that already parses the script while it downloads,
 * instead of lazily on the main thread at each first call. Nearly all of the first file runs
 * before the first enabled day, and its lazy compiles were main-thread time of the first load.
 * Must open the file.
 */
const ALL_FUNCTIONS_CALLED_ON_LOAD = '//# allFunctionsCalledOnLoad';

async function buildChunk(config: UserConfig): Promise<Rolldown.OutputChunk> {
  const result = (await build(mergeConfig(config, { configFile: false, logLevel: 'warn', build: { write: false } }))) as Output | Output[];
  const [output] = Array.isArray(result) ? result : [result];
  if (Array.isArray(result) && result.length !== 1) throw new Error('expected one output format');
  const chunks = output!.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one file, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
  return chunks[0]!;
}

const modulesOf = (chunk: Rolldown.OutputChunk): Set<string> => new Set(Object.keys(chunk.modules).filter(isShareable));

/** Writes a file and its map; `addedLines` lines were put before the mapped code. */
function writeWithMap(fileName: string, chunk: Rolldown.OutputChunk, code: string, addedLines = 0): void {
  writeFileSync(fromRoot(`dist/${fileName}`), code);
  if (chunk.map) writeFileSync(fromRoot(`dist/${fileName}.map`), JSON.stringify({ ...chunk.map, mappings: ';'.repeat(addedLines) + chunk.map.mappings }));
}

async function buildEmbed(): Promise<void> {
  const besideTheEmbed = besideEmbedPlugin([dompurify, bookingViews, bookCall]);
  const embedConfig = (sharedSource?: string): UserConfig =>
    embedBuildConfig({
      entry: 'src/embed/browserEntry.ts',
      fileName: embedFiles.embed,
      plugins: [besideTheEmbed, ...(sharedSource ? [shareModulesPlugin(sharedSource)] : [])],
    });

  let embedModules = modulesOf(await buildChunk(embedConfig()));
  for (const moved of [bookingViews, bookCall]) {
    if (!besideTheEmbed.rewrites.get(moved.specifier)) throw new Error(`no import('${moved.specifier}') was found to move beside the embed`);
  }
  // Sharing can keep an export the first pass had shaken off, and with it a module: then the
  // booking views are built again against the larger set (twice has always been enough).
  for (let attempt = 1; ; attempt += 1) {
    const besideDompurify = besideEmbedPlugin([dompurify]);
    const bookingConfig = embedBuildConfig({
      entry: 'src/embed/bookingViewsEntry.ts',
      fileName: embedFiles.bookingViews,
      plugins: [besideDompurify, importFromEmbedPlugin(embedModules)],
      // An ES module first, for its import statements to say what it takes from the embed.
      format: 'es',
    });
    // Vite's library mode leaves ES-module output unminified; this one ships.
    const booking = await buildChunk(mergeConfig(bookingConfig, { build: { rolldownOptions: { output: { minify: true } } } }));
    const buildId = createHash('sha256').update(booking.code).digest('hex').slice(0, 12);
    const { code, shared } = toClassicScript(booking.code, buildId);
    const embed = await buildChunk(embedConfig(sharedModulesSource(shared, buildId)));

    const finalModules = modulesOf(embed);
    const missing = shared.filter((module) => !finalModules.has(module.id)).map((module) => module.id);
    if (missing.length > 0) throw new Error(`the embed does not bundle modules the booking views import: ${missing.join(', ')}`);
    const twice = [...modulesOf(booking)].filter((id) => finalModules.has(id));
    if (twice.length > 0) {
      if (attempt === 3) throw new Error(`modules in both the embed and the booking views: ${twice.join(', ')}`);
      embedModules = finalModules;
      continue;
    }
    // DOMPurify is imported by the consent texts, now in the booking views: wherever it sits, it
    // must have been sent beside the embed, not dropped.
    if (!besideDompurify.rewrites.get(dompurify.specifier) && !besideTheEmbed.rewrites.get(dompurify.specifier)) {
      throw new Error("no import('dompurify') was found to move beside the embed");
    }
    writeWithMap(embedFiles.embed, embed, `${ALL_FUNCTIONS_CALLED_ON_LOAD}\n${embed.code}`, 1);
    writeWithMap(embedFiles.bookingViews, booking, code, 1);
    return;
  }
}

await buildEmbed();
