// Pages a browser extension cannot read, and why, in words for the reader.

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob|javascript|chrome-error):/i;
const STORES: [RegExp, string][] = [
  [/^https:\/\/chromewebstore\.google\.com\//i, 'the Chrome Web Store'],
  [/^https:\/\/chrome\.google\.com\/webstore/i, 'the Chrome Web Store'],
  [/^https:\/\/addons\.mozilla\.org\//i, 'Firefox Add-ons'],
  [/^https:\/\/microsoftedge\.microsoft\.com\/addons/i, 'the Edge Add-ons store'],
];

/** Why the page at `url` cannot be analysed, or null when it can be tried. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url)) return 'This is a page of the browser itself; browsers do not let extensions read their own pages.';
  for (const [re, name] of STORES) if (re.test(url)) return `This is ${name}; browsers protect store pages from all extensions.`;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (/\.pdf$/i.test(path)) return 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read. Save the text as a page to analyse it.';
  return null;
}

/** A reader-facing explanation of an injection error, or null when it is not about access. */
export function explainInjectionError(message: string, url: string | undefined): string | null {
  if (/file:/i.test(url ?? '') && /access|permission/i.test(message)) {
    return 'Local files can be read only when “Allow access to file URLs” is switched on for Sourcelens in the browser’s extension settings.';
  }
  if (/(chrome|edge|about|brave|opera|vivaldi|chrome-extension|moz-extension):/i.test(message)) return restrictionOf('chrome://x');
  if (/extensions gallery|web ?store/i.test(message)) return restrictionOf('https://chromewebstore.google.com/');
  if (/cannot access|cannot be scripted|missing host permission|permission/i.test(message)) {
    return 'The browser does not let extensions read this page.';
  }
  return null;
}
