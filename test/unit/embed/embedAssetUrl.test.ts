import { afterEach, describe, expect, it, vi } from 'vitest';

// The URL is module state captured once per page: a fresh module per test.
async function freshModule() {
  vi.resetModules();
  return import('../../../src/embed/embedAssetUrl');
}

function addScript(src: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
  return script;
}

afterEach(() => {
  document.head.replaceChildren();
  vi.restoreAllMocks();
});

describe('files beside the embed', () => {
  it('resolve from the running script when document.currentScript names it', async () => {
    const { captureScriptUrl, embedAssetUrl } = await freshModule();
    const script = addScript('https://cdn.example.com/v1/meeting-scheduler.embed.js');
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
    captureScriptUrl('meeting-scheduler.embed.js');
    expect(embedAssetUrl('locales/de.js')).toBe('https://cdn.example.com/v1/locales/de.js');
  });

  it('resolve from the script element that names the bundle when document.currentScript is null', async () => {
    const { captureScriptUrl, embedAssetUrl } = await freshModule();
    addScript('https://cdn.example.com/analytics.js');
    addScript('https://cdn.example.com/v2/meeting-scheduler.js?v=3');
    addScript('https://cdn.example.com/v2/meeting-scheduler.embed.js?v=3');
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(null);
    captureScriptUrl('meeting-scheduler.embed.js');
    expect(embedAssetUrl('locales/de.js')).toBe('https://cdn.example.com/v2/locales/de.js');
  });

  it('resolve against the page when no script names the bundle (inlined)', async () => {
    const { captureScriptUrl, embedAssetUrl } = await freshModule();
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(null);
    captureScriptUrl('meeting-scheduler.embed.js');
    expect(embedAssetUrl('locales/de.js')).toBe(new URL('locales/de.js', document.baseURI).href);
  });
});
