import { describe, expect, it } from 'vitest';
import { explainInjectionError, restrictionOf } from '../../utils/restricted';

describe('restrictionOf', () => {
  const rows: [string | undefined, RegExp | null][] = [
    ['chrome://extensions/', /browser itself/],
    ['about:blank', /browser itself/],
    ['moz-extension://abc/popup.html', /browser itself/],
    ['view-source:https://example.org/', /browser itself/],
    ['https://chromewebstore.google.com/detail/x', /Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/', /Firefox Add-ons/],
    ['https://example.org/report.PDF', /PDF/],
    ['https://kayhan.ir/en/news/142327/', null],
    ['file:///home/me/page.html', null],
    [undefined, null],
  ];
  for (const [url, re] of rows) {
    it(String(url), () => {
      const r = restrictionOf(url);
      if (re) expect(r).toMatch(re);
      else expect(r).toBeNull();
    });
  }
});

describe('explainInjectionError', () => {
  it('explains browser pages, the store, local files and missing access', () => {
    expect(explainInjectionError('Cannot access a chrome:// URL', undefined)).toMatch(/browser itself/);
    expect(explainInjectionError('The extensions gallery cannot be scripted.', undefined)).toMatch(/Chrome Web Store/);
    expect(explainInjectionError('Cannot access contents of url "file:///x". Extension manifest must request permission', 'file:///x')).toMatch(/file URLs/);
    expect(explainInjectionError('Cannot access contents of the page.', 'https://x.org')).toMatch(/does not let extensions/);
    expect(explainInjectionError('Unexpected token', 'https://x.org')).toBeNull();
  });
});
