// `npm test` runs this first: a fresh machine gets Chromium and Firefox ESR (Debian, as root) or a clear message.
import { chromiumVersion, ensureChromium } from './browser/find-chromium';
import { ensureFirefox, firefoxVersion } from './browser/find-firefox';

try {
  const chromium = ensureChromium();
  const firefox = ensureFirefox();
  process.stdout.write(`Browsers for the end-to-end tests: ${chromiumVersion(chromium) || chromium}, ${firefoxVersion(firefox) || firefox}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}
