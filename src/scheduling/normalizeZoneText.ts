/** Lower case, accents removed, `_` and `/` as spaces: 'São Paulo' and 'America/Sao_Paulo' meet. */
export function normalizeZoneText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
