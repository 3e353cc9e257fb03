/** The attributes the script-tag snippet shows, in kebab case as the custom element reads them. */
export type EmbedAttributes = Record<string, string | undefined>;

/**
 * The HTML a host page pastes, with the attributes the gallery currently uses, e.g.
 * `<meeting-scheduler slug="menelson" timezone="Asia/Kolkata"></meeting-scheduler>`.
 */
export function formatEmbedSnippet(scriptSrc: string, attributes: EmbedAttributes): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<script src="${escapeAttribute(scriptSrc)}" defer></script>`,
    `<meeting-scheduler${attributeText}></meeting-scheduler>`,
  ].join('\n');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
