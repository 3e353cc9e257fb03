import { defineConfig } from 'vite';
import { embedFiles } from '../../src/embed/embedFiles.js';
import { embedBuildConfig } from './embedBuildConfig.js';

/** dist/meeting-scheduler.js: the loader (starts each widget's request, loads the embed beside it). */
export default defineConfig(embedBuildConfig({ entry: 'src/embed/loaderEntry.ts', fileName: embedFiles.loader }));
