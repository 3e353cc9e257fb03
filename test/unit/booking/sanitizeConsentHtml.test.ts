import { beforeAll, describe, expect, it, vi } from 'vitest';
import DOMPurify from 'dompurify';
import { consentSanitizer } from '../../../src/booking/consentSanitizer';
import { sanitizeConsentHtml } from '../../../src/booking/sanitizeConsentHtml';

function parse(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('sanitizeConsentHtml', () => {
  beforeAll(async () => {
    expect(await consentSanitizer.load()).toBe(true);
  });

  it('keeps the allowed formatting and text', () => {
    const out = parse(sanitizeConsentHtml('<p>We <strong>care</strong> about <em>you</em>.<br>Really.</p><ul><li>One</li></ul>'));
    expect(out.querySelector('p strong')?.textContent).toBe('care');
    expect(out.querySelector('em')?.textContent).toBe('you');
    expect(out.querySelector('br')).not.toBeNull();
    expect(out.querySelector('ul li')?.textContent).toBe('One');
  });

  it('removes scripts, event handlers, styles and unknown tags but keeps their text', () => {
    const html =
      '<p onclick="steal()">Hi<img src=x onerror="alert(1)"><script>alert(2)</script><span style="color:red">there</span><iframe src="https://evil.example"></iframe></p>';
    const out = sanitizeConsentHtml(html);
    expect(out).not.toMatch(/onerror|onclick|<script|alert|<img|<iframe|style=/i);
    expect(parse(out).textContent).toBe('Hithere');
  });

  it('drops javascript:, data: and relative links but keeps their text', () => {
    const out = parse(
      sanitizeConsentHtml('<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a><a href="/privacy">d</a>'),
    );
    const anchors = [...out.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual([null, null, null, null]);
    expect(out.textContent).toBe('abcd');
  });

  it('keeps http(s) and mailto links and opens them safely in a new tab', () => {
    const out = parse(
      sanitizeConsentHtml('<a href="https://example.com/privacy" target="_self" rel="opener">policy</a> <a href="mailto:dpo@example.com">mail</a>'),
    );
    const [web, mail] = [...out.querySelectorAll('a')];
    expect(web).toHaveAttribute('href', 'https://example.com/privacy');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    expect(web).toHaveAttribute('target', '_blank');
    expect(mail).toHaveAttribute('href', 'mailto:dpo@example.com');
    expect(mail).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('leaves no hook on the shared DOMPurify instance the host page may use', () => {
    sanitizeConsentHtml('<a href="https://example.com">x</a>');
    const out = DOMPurify.sanitize('<a href="https://example.com">x</a>');
    expect(out).toBe('<a href="https://example.com">x</a>');
  });

  it('returns escaped text without any tag when there is no DOM (server rendering)', async () => {
    vi.stubGlobal('window', undefined);
    vi.resetModules();
    try {
      const { sanitizeConsentHtml: serverSanitize } = await import('../../../src/booking/sanitizeConsentHtml');
      const out = serverSanitize('<p>Tom &amp; Jerry <b>say</b> 1 < 2</p><script>alert("x")</script><img src=x onerror=alert(1)>');
      expect(out).toBe('Tom &amp; Jerry say 1 &lt; 2');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('returns escaped plain text until the sanitizer has loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/booking/sanitizeConsentHtml');
    const { consentSanitizer: freshLoader } = await import('../../../src/booking/consentSanitizer');
    expect(freshLoader.isReady()).toBe(false);
    expect(fresh.sanitizeConsentHtml('<p>Hi <a href="https://example.com">there</a><img src=x onerror=alert(1)></p>')).toBe('Hi there');
    const listener = vi.fn();
    freshLoader.subscribe(listener);
    await freshLoader.load();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(fresh.sanitizeConsentHtml('<p>Hi</p>')).toBe('<p>Hi</p>');
  });

  it('returns "" for empty input', () => {
    expect(sanitizeConsentHtml('')).toBe('');
  });
});
