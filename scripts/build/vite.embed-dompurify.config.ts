import { defineConfig } from 'vite';
import { embedFiles } from '../../src/embed/embedFiles.js';
import { embedBuildConfig } from './embedBuildConfig.js';

/** dist/meeting-scheduler.embed.dompurify.js: DOMPurify, fetched by the embed on demand. */
export default defineConfig(embedBuildConfig({ entry: 'src/embed/dompurifyEntry.ts', fileName: embedFiles.dompurify }));
