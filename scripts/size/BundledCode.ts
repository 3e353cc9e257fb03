/** The code a page loads for an entry: at once, and later through dynamic `import()`. */
export interface BundledCode {
  initial: string;
  /** Chunks only reached through dynamic imports (e.g. the form, loaded on demand); '' if none. */
  lazy: string;
}

/** The bundlers `npm run size` measures the library with, as an app's production build. */
export type Bundler = 'vite' | 'esbuild' | 'webpack';
