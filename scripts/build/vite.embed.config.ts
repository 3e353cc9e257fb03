import { defineConfig } from 'vite';
import { dompurifyBesideEmbedPlugin } from './dompurifyBesideEmbedPlugin.js';
import { embedFiles } from '../../src/embed/embedFiles.js';
import { embedBuildConfig } from './embedBuildConfig.js';

/** dist/meeting-scheduler.embed.js: the widget, with DOMPurify left to its own file beside it. */
export default defineConfig(
  embedBuildConfig({ entry: 'src/embed/browserEntry.ts', fileName: embedFiles.embed, plugins: [dompurifyBesideEmbedPlugin()] }),
);
