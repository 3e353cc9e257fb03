/**
 * Names a shared chunk of the library after the source folder its modules come from
 * (`chunks/mock-…js`, `chunks/api-…js`) instead of after whichever module the bundler picked,
 * so a reader of dist/ sees what each chunk holds.
 */
export function sharedChunkName(moduleIds: readonly string[]): string {
  const folders = new Set(
    moduleIds.map((id) => /\/src\/([^/]+)\//.exec(id.replaceAll('\\', '/'))?.[1]).filter((folder) => folder !== undefined),
  );
  return folders.size === 1 ? [...folders][0] ?? 'shared' : 'shared';
}
