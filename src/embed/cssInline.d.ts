// Vite's `?inline` suffix: the processed, minified stylesheet as a string (see vite/client types,
// which the project does not load globally because most of src also runs in Node).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
