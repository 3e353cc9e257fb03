/** A fenced TypeScript snippet of a Markdown file. */
export interface ReadmeSnippet {
  /** `ts` or `tsx`, from the fence's info string. */
  language: 'ts' | 'tsx';
  /** The snippet's code, its fence's indentation removed. */
  code: string;
  /** 1-based line of the snippet's first code line in the Markdown file. */
  line: number;
}

/** The visible marker, on the line right above a fence, that keeps a deliberately partial snippet out. */
export const SKIP_MARKER = /^\s*<!--\s*readme-snippet:\s*skip\b.*-->\s*$/;

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;

/**
 * Every ```ts and ```tsx block of a Markdown text, in order, however many there are, including
 * fences indented inside list items. Other languages are ignored; a block preceded by
 * {@link SKIP_MARKER} is left out. An unclosed fence throws, since it would hide the rest.
 */
export function extractReadmeSnippets(markdown: string): ReadmeSnippet[] {
  const lines = markdown.split(/\r?\n/);
  const snippets: ReadmeSnippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = FENCE_OPEN.exec(lines[index] as string);
    if (!open) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const close = lines.findIndex(
      (candidate, at) =>
        at > index && candidate.trim().startsWith(fence) && candidate.trim().replace(/[`~]/g, '') === '',
    );
    if (close < 0) throw new Error(`Unclosed code fence at line ${index + 1}`);
    const skipped = index > 0 && SKIP_MARKER.test(lines[index - 1] as string);
    if ((language === 'ts' || language === 'tsx') && !skipped) {
      const code = lines
        .slice(index + 1, close)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
        .join('\n');
      snippets.push({ language, code, line: index + 2 });
    }
    index = close;
  }
  return snippets;
}
