// Finds Firefox for the Firefox end-to-end test, installing Debian's ESR package when allowed. Stock Firefox
// is driven over WebDriver BiDi (puppeteer-core); no browser is downloaded.
import { ensureBinary, versionOf } from './system-browser';

const FIREFOX = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'],
  pkg: 'firefox-esr',
  installTime: 'about a minute',
  hint:
    'The Firefox end-to-end test needs Firefox (ESR 140 or later, or a release build).\n' +
    '  Debian/Ubuntu: sudo apt-get install -y firefox-esr · Fedora: sudo dnf install firefox · macOS: brew install --cask firefox\n' +
    '  or point FIREFOX_PATH at a Firefox binary.',
};

/** The browser's version line, e.g. "Mozilla Firefox 153.7.0esr". */
export const firefoxVersion = versionOf;

/** A usable Firefox, installing Debian's firefox-esr if possible; throws with the install hint otherwise. */
export const ensureFirefox = (): string => ensureBinary(FIREFOX);
