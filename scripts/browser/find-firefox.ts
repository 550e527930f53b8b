// Finds Firefox for the Firefox end-to-end test, installing Debian's ESR package when allowed. Stock Firefox
// is driven over WebDriver BiDi (puppeteer-core); no browser is downloaded.
import { aptInstall, findBinary, versionOf } from './system-browser';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

export const FIREFOX_HINT =
  'The Firefox end-to-end test needs Firefox (ESR 140 or later, or a release build).\n' +
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr · Fedora: sudo dnf install firefox · macOS: brew install --cask firefox\n' +
  '  or point FIREFOX_PATH at a Firefox binary.';

/** The Firefox binary to use, or null when there is none. */
export const findFirefox = (): string | null => findBinary('FIREFOX_PATH', CANDIDATES);

/** The browser's version line, e.g. "Mozilla Firefox 153.7.0esr". */
export const firefoxVersion = versionOf;

/** A usable Firefox, installing Debian's firefox-esr if possible; throws with the install hint otherwise. */
export function ensureFirefox(): string {
  let bin = findFirefox();
  if (!bin && !process.env.FIREFOX_PATH && aptInstall('firefox-esr', 'Firefox not found (about a minute)')) bin = findFirefox();
  if (!bin) {
    const where = process.env.FIREFOX_PATH ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.\n` : 'No Firefox found.\n';
    throw new Error(where + FIREFOX_HINT);
  }
  return bin;
}
