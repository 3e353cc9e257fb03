// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/booking/htmlToPlainText';

describe('htmlToPlainText', () => {
  it('keeps the words, drops tags and script bodies, decodes entities', () => {
    expect(htmlToPlainText('<p>I agree to <strong>emails</strong> &amp; calls&nbsp;from &#8220;Acme&#x201D;.</p><script>alert(1)</script>')).toBe(
      'I agree to emails & calls from “Acme”.',
    );
  });

  it('leaves a lone "<" and unknown entities as they are', () => {
    expect(htmlToPlainText('1 < 2 &bogus; &#0;')).toBe('1 < 2 &bogus; &#0;');
  });
});
